package com.outsidein.store;

import static com.outsidein.store.generated.Tables.ACCOUNT;
import static com.outsidein.store.generated.Tables.CONSENT_CHANGE;
import static com.outsidein.store.generated.Tables.DIMENSION_VALUE;
import static com.outsidein.store.generated.Tables.INTERVIEW_PARTICIPANT;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.PERSON;

import com.outsidein.domain.Consent;
import com.outsidein.domain.ConsentChange;
import com.outsidein.domain.Person;
import com.outsidein.domain.PersonSummary;
import com.outsidein.store.generated.tables.records.ConsentChangeRecord;
import com.outsidein.store.generated.tables.records.PersonRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class PersonRepository {

  private final DSLContext ctx;

  PersonRepository(DSLContext ctx) {
    this.ctx = ctx;
  }

  public List<Person> all() {
    return ctx.selectFrom(PERSON).orderBy(PERSON.NAME).fetch(PersonRepository::toDomain);
  }

  /** Every person with their account and how many interviews and observations they are in. */
  public List<PersonSummary> summaries() {
    Field<Integer> interviews =
        DSL.field(
            DSL.selectCount()
                .from(INTERVIEW_PARTICIPANT)
                .where(INTERVIEW_PARTICIPANT.PERSON_ID.eq(PERSON.ID)));
    Field<Integer> observations =
        DSL.field(DSL.selectCount().from(OBSERVATION).where(OBSERVATION.SPEAKER_ID.eq(PERSON.ID)));
    return ctx.select(
            PERSON.asterisk(), ACCOUNT.NAME, DIMENSION_VALUE.NAME, interviews, observations)
        .from(PERSON)
        .leftJoin(ACCOUNT)
        .on(ACCOUNT.ID.eq(PERSON.ACCOUNT_ID))
        .leftJoin(DIMENSION_VALUE)
        .on(DIMENSION_VALUE.ID.eq(ACCOUNT.SEGMENT_ID))
        .orderBy(PERSON.NAME)
        .fetch(
            r ->
                new PersonSummary(
                    toDomain(r.into(PERSON)),
                    r.get(ACCOUNT.NAME),
                    r.get(DIMENSION_VALUE.NAME),
                    r.get(interviews),
                    r.get(observations)));
  }

  public Optional<Person> byId(long id) {
    return ctx.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonRepository::toDomain);
  }

  /** Finds a person by email, case-insensitively. */
  public Optional<Person> findByEmail(String email) {
    String key = emailKey(email);
    if (key == null) {
      return Optional.empty();
    }
    return ctx.selectFrom(PERSON)
        .where(PERSON.EMAIL_KEY.eq(key))
        .fetchOptional(PersonRepository::toDomain);
  }

  public Person insert(Person person) {
    PersonRecord record = ctx.newRecord(PERSON);
    if (person.id() > 0) {
      record.setId(person.id());
    }
    fill(record, person);
    record.store();
    return toDomain(record);
  }

  public void update(Person person) {
    PersonRecord record = ctx.fetchSingle(PERSON, PERSON.ID.eq(person.id()));
    fill(record, person);
    record.setUpdatedAt(OffsetDateTime.now());
    record.store();
  }

  public void delete(long id) {
    ctx.deleteFrom(PERSON).where(PERSON.ID.eq(id)).execute();
  }

  public void recordConsentChange(long personId, Consent consent, String reason) {
    ConsentChangeRecord record = ctx.newRecord(CONSENT_CHANGE);
    record.setPersonId(personId);
    record.setChangedAt(OffsetDateTime.now());
    record.setGivenOn(consent.givenOn());
    record.setNotes(consent.notes());
    record.setQuotes(consent.quotes());
    record.setRecording(consent.recording());
    record.setWithdrawnOn(consent.withdrawnOn());
    record.setReason(Text.blankToNull(reason));
    record.store();
  }

  public List<ConsentChange> consentHistory(long personId) {
    return ctx.selectFrom(CONSENT_CHANGE)
        .where(CONSENT_CHANGE.PERSON_ID.eq(personId))
        .orderBy(CONSENT_CHANGE.CHANGED_AT, CONSENT_CHANGE.ID)
        .fetch(
            r ->
                new ConsentChange(
                    r.getId(),
                    r.getPersonId(),
                    r.getChangedAt(),
                    new Consent(
                        r.getGivenOn(),
                        r.getNotes(),
                        r.getQuotes(),
                        r.getRecording(),
                        r.getWithdrawnOn()),
                    r.getReason()));
  }

  /** Puts a consent history row back exactly as it was (undo). */
  public void restoreConsentChange(ConsentChange change) {
    ConsentChangeRecord record = ctx.newRecord(CONSENT_CHANGE);
    record.setId(change.id());
    record.setPersonId(change.personId());
    record.setChangedAt(change.changedAt());
    record.setGivenOn(change.consent().givenOn());
    record.setNotes(change.consent().notes());
    record.setQuotes(change.consent().quotes());
    record.setRecording(change.consent().recording());
    record.setWithdrawnOn(change.consent().withdrawnOn());
    record.setReason(change.reason());
    record.store();
  }

  public void deleteConsentHistory(long personId) {
    ctx.deleteFrom(CONSENT_CHANGE).where(CONSENT_CHANGE.PERSON_ID.eq(personId)).execute();
  }

  static String emailKey(String email) {
    String trimmed = Text.blankToNull(email);
    return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
  }

  private static void fill(PersonRecord record, Person person) {
    Consent consent = person.consent() == null ? Consent.NONE : person.consent();
    record.setName(person.name().trim());
    record.setRole(Text.blankToNull(person.role()));
    record.setAccountId(person.accountId());
    record.setEmail(Text.blankToNull(person.email()));
    record.setEmailKey(emailKey(person.email()));
    record.setConsentGivenOn(consent.givenOn());
    record.setConsentNotes(consent.notes());
    record.setConsentQuotes(consent.quotes());
    record.setConsentRecording(consent.recording());
    record.setConsentWithdrawnOn(consent.withdrawnOn());
  }

  static Person toDomain(PersonRecord r) {
    return new Person(
        r.getId(),
        r.getName(),
        r.getRole(),
        r.getAccountId(),
        r.getEmail(),
        new Consent(
            r.getConsentGivenOn(),
            r.getConsentNotes(),
            r.getConsentQuotes(),
            r.getConsentRecording(),
            r.getConsentWithdrawnOn()));
  }
}
