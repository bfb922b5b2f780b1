package com.outsidein.service;

import com.outsidein.domain.ConsentChange;
import com.outsidein.domain.Person;
import com.outsidein.store.Tx;
import java.util.List;

/** Merging two records of one human, and splitting them again (undo). */
final class PeopleMerge {

  private PeopleMerge() {}

  static Person apply(Tx tx, PersonSnapshot keep, PersonSnapshot merged) {
    for (Long interviewId : merged.interviewIds()) {
      tx.interviews().addParticipants(interviewId, List.of(keep.id()));
    }
    tx.observations().setSpeaker(merged.spokenIds(), keep.id());
    tx.canvasVersions().setSpeaker(merged.id(), keep.id(), null);
    for (ConsentChange change : merged.consentHistory()) {
      tx.people()
          .recordConsentChange(
              keep.id(),
              change.consent(),
              ServiceText.get("consent.fromMerged", merged.person().name(), reason(change)));
    }
    Person result = combined(keep.person(), merged.person());
    tx.people().delete(merged.id());
    tx.people().update(result);
    if (!result.consent().equals(keep.person().consent())) {
      tx.people()
          .recordConsentChange(
              keep.id(),
              result.consent(),
              ServiceText.get("consent.mergedStricter", merged.person().name()));
    }
    return result;
  }

  static void split(Tx tx, PersonSnapshot keep, PersonSnapshot merged) {
    tx.people().insert(merged.person());
    merged.consentHistory().forEach(tx.people()::restoreConsentChange);
    for (Long interviewId : merged.interviewIds()) {
      tx.interviews().addParticipants(interviewId, List.of(merged.id()));
      if (!keep.interviewIds().contains(interviewId)) {
        tx.interviews().removeParticipant(interviewId, keep.id());
      }
    }
    tx.observations().setSpeaker(merged.spokenIds(), merged.id());
    tx.canvasVersions().setSpeaker(keep.id(), merged.id(), merged.spokenIds());
    tx.people().update(keep.person());
    tx.people().deleteConsentHistory(keep.id());
    keep.consentHistory().forEach(tx.people()::restoreConsentChange);
  }

  /** The kept record with its empty fields filled from the other, and the stricter consent. */
  static Person combined(Person keep, Person other) {
    return new Person(
        keep.id(),
        keep.name(),
        keep.role() == null ? other.role() : keep.role(),
        keep.accountId() == null ? other.accountId() : keep.accountId(),
        keep.email() == null ? other.email() : keep.email(),
        keep.consent().stricterOf(other.consent()));
  }

  private static String reason(ConsentChange change) {
    return change.reason() == null ? ServiceText.get("consent.recordedBefore") : change.reason();
  }
}
