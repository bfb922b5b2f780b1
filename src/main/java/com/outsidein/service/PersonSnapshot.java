package com.outsidein.service;

import com.outsidein.domain.ConsentChange;
import com.outsidein.domain.Person;
import com.outsidein.store.Tx;
import java.util.List;

/** A person with their consent history, the interviews they took part in and what they said. */
record PersonSnapshot(
    Person person,
    List<ConsentChange> consentHistory,
    List<Long> interviewIds,
    List<Long> spokenIds) {

  static PersonSnapshot take(Tx tx, long personId) {
    return new PersonSnapshot(
        tx.people().byId(personId).orElseThrow(),
        tx.people().consentHistory(personId),
        tx.interviews().idsWithParticipant(personId),
        tx.observations().idsSpokenBy(personId));
  }

  long id() {
    return person.id();
  }
}
