package com.outsidein.service;

import com.outsidein.domain.Account;
import com.outsidein.domain.AccountSummary;
import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ConsentChange;
import com.outsidein.domain.EmailAddress;
import com.outsidein.domain.HistoryEvent;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.MetricValue;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Person;
import com.outsidein.domain.PersonHistory;
import com.outsidein.domain.PersonSummary;
import com.outsidein.domain.StageChange;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.ColumnSizes;
import com.outsidein.store.Tx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** People (one record per human, with consent) and the accounts they belong to. */
public final class PeopleService {

  private final Writes writes;

  PeopleService(Writes writes) {
    this.writes = writes;
  }

  public List<PersonSummary> summaries() {
    return writes.read(tx -> tx.people().summaries());
  }

  public List<AccountSummary> accountSummaries() {
    return writes.read(tx -> tx.accounts().summaries());
  }

  public List<Person> people() {
    return writes.read(tx -> tx.people().all());
  }

  public List<Account> accounts() {
    return writes.read(tx -> tx.accounts().all());
  }

  public Optional<Person> get(long id) {
    return writes.read(tx -> tx.people().byId(id));
  }

  /** A person with everything they appear in across every study, and their consent history. */
  public PersonHistory history(long personId) {
    return writes.read(
        tx -> {
          Person person = tx.people().byId(personId).orElseThrow();
          String account =
              person.accountId() == null
                  ? null
                  : tx.accounts().byId(person.accountId()).map(Account::name).orElse(null);
          List<HistoryEvent> events = new ArrayList<>();
          List<Long> interviewIds = tx.interviews().idsWithParticipant(personId);
          for (InterviewSummary interview : tx.interviews().summaries(null)) {
            if (interviewIds.contains(interview.id())) {
              events.add(
                  new HistoryEvent(
                      interview.heldOn(),
                      HistoryEvent.Type.INTERVIEW,
                      interview.study(),
                      interview.title(),
                      interview.participants()));
            }
          }
          ObservationFilter spoken =
              new ObservationFilter(null, null, personId, null, null, null, null, null, null);
          for (ObservationRow row : tx.observations().rows(spoken, 0, Integer.MAX_VALUE)) {
            LocalDate date =
                row.observation().interviewId() == null
                    ? null
                    : tx.interviews()
                        .byId(row.observation().interviewId())
                        .map(i -> i.heldOn())
                        .orElse(null);
            events.add(
                new HistoryEvent(
                    date,
                    HistoryEvent.Type.OBSERVATION,
                    row.study(),
                    row.observation().text(),
                    row.observation().kind().code()));
          }
          for (ConsentChange change : tx.people().consentHistory(personId)) {
            events.add(
                new HistoryEvent(
                    change.changedAt().toLocalDate(),
                    HistoryEvent.Type.CONSENT,
                    null,
                    change.reason() == null ? ServiceText.get("consent.changed") : change.reason(),
                    describe(change)));
          }
          events.sort(
              Comparator.comparing(
                  HistoryEvent::date, Comparator.nullsLast(Comparator.reverseOrder())));
          return new PersonHistory(person, account, events);
        });
  }

  private static String describe(ConsentChange change) {
    var c = change.consent();
    String notes = yesNo(c.notes());
    String quotes = yesNo(c.quotes());
    String recording = yesNo(c.recording());
    return c.withdrawnOn() == null
        ? ServiceText.get("consent.summary", notes, quotes, recording)
        : ServiceText.get(
            "consent.summaryWithdrawn", notes, quotes, recording, c.withdrawnOn().toString());
  }

  private static String yesNo(boolean value) {
    return ServiceText.get(value ? "consent.yes" : "consent.no");
  }

  public Account createAccount(Account account) {
    String name = checkAccount(account);
    return writes.undoable(
        ServiceText.get("undo.addAccount"),
        Topic.PEOPLE,
        tx -> {
          refuseDuplicateAccount(tx, name, 0);
          Account inserted = tx.accounts().insert(account);
          return Performed.of(
              inserted,
              undo -> undo.accounts().delete(inserted.id()),
              redo -> redo.accounts().insert(inserted));
        });
  }

  public void updateAccount(Account account) {
    String name = checkAccount(account);
    writes.undoable(
        ServiceText.get("undo.editAccount"),
        Topic.PEOPLE,
        tx -> {
          refuseDuplicateAccount(tx, name, account.id());
          Account before = tx.accounts().byId(account.id()).orElseThrow();
          tx.accounts().update(account);
          StageChange stage = recordStageChange(tx, before, account);
          return Performed.of(
              null,
              undo -> {
                undo.accounts().update(before);
                if (stage != null) {
                  undo.accounts().deleteStageChange(stage.id());
                }
              },
              redo -> {
                redo.accounts().update(account);
                if (stage != null) {
                  redo.accounts().insertStageChange(stage);
                }
              });
        });
  }

  /**
   * Keeps the account's lifecycle-stage change as history when the edit changed it; null when the
   * stage stayed.
   */
  private static StageChange recordStageChange(Tx tx, Account before, Account after) {
    if (Objects.equals(before.lifecycleStageId(), after.lifecycleStageId())) {
      return null;
    }
    return tx.accounts()
        .insertStageChange(
            new StageChange(
                0,
                after.id(),
                before.lifecycleStageId(),
                after.lifecycleStageId(),
                tx.importWriter().transactionTimestamp()));
  }

  /** Deletes an account; its people stay, without an account; its metric values go with it. */
  public void deleteAccount(long accountId) {
    writes.undoable(
        ServiceText.get("undo.deleteAccount"),
        Set.of(Topic.PEOPLE, Topic.METRICS),
        tx -> {
          Account before = tx.accounts().byId(accountId).orElseThrow();
          List<Person> members =
              tx.people().all().stream()
                  .filter(p -> Objects.equals(p.accountId(), accountId))
                  .toList();
          List<MetricValue> values = tx.metrics().valuesOfAccount(accountId);
          List<StageChange> stages = tx.accounts().stageChanges(accountId);
          tx.accounts().delete(accountId);
          return Performed.of(
              null,
              undo -> {
                undo.accounts().insert(before);
                members.forEach(p -> undo.people().update(p));
                undo.metrics().insertValues(values, done -> {});
                stages.forEach(c -> undo.accounts().insertStageChange(c));
              },
              redo -> redo.accounts().delete(accountId));
        });
  }

  /** Adds a person; their consent as given becomes the first entry of its history. */
  public Person createPerson(Person person) {
    checkPerson(person);
    return writes.undoable(
        ServiceText.get("undo.addPerson"),
        Topic.PEOPLE,
        tx -> {
          refuseDuplicateEmail(tx, person.email(), 0);
          Person inserted = tx.people().insert(person);
          tx.people()
              .recordConsentChange(
                  inserted.id(), inserted.consent(), ServiceText.get("consent.recorded"));
          List<ConsentChange> history = tx.people().consentHistory(inserted.id());
          return Performed.of(
              inserted,
              undo -> undo.people().delete(inserted.id()),
              redo -> {
                redo.people().insert(inserted);
                history.forEach(redo.people()::restoreConsentChange);
              });
        });
  }

  /**
   * Changes a person's record. When their consent changes, the change is kept in its history with
   * the reason given.
   */
  public void updatePerson(Person person, String consentReason) {
    checkPerson(person);
    writes.undoable(
        ServiceText.get("undo.editPerson"),
        Topic.PEOPLE,
        tx -> {
          refuseDuplicateEmail(tx, person.email(), person.id());
          Person before = tx.people().byId(person.id()).orElseThrow();
          List<ConsentChange> historyBefore = tx.people().consentHistory(person.id());
          tx.people().update(person);
          if (!before.consent().equals(person.consent())) {
            tx.people()
                .recordConsentChange(
                    person.id(),
                    person.consent(),
                    consentReason == null || consentReason.isBlank()
                        ? ServiceText.get("consent.changed")
                        : consentReason);
          }
          List<ConsentChange> historyAfter = tx.people().consentHistory(person.id());
          return Performed.of(
              null,
              undo -> restorePerson(undo, before, historyBefore),
              redo -> restorePerson(redo, person, historyAfter));
        });
  }

  private static void restorePerson(Tx tx, Person person, List<ConsentChange> history) {
    tx.people().update(person);
    tx.people().deleteConsentHistory(person.id());
    history.forEach(tx.people()::restoreConsentChange);
  }

  /**
   * Merges two records of the same human into {@code keepId}: interviews and observations move,
   * empty fields are filled from the other record, the stricter consent wins and both consent
   * histories are kept. One transaction; undo splits them again.
   */
  public Person merge(long keepId, long mergedId) {
    if (keepId == mergedId) {
      throw new BadInputException(
          ServiceText.get("field.merge"), ServiceText.get("problem.samePerson"));
    }
    return writes.undoable(
        ServiceText.get("undo.mergePeople"),
        Set.of(Topic.PEOPLE, Topic.INTERVIEWS, Topic.OBSERVATIONS),
        tx -> {
          PersonSnapshot keep = PersonSnapshot.take(tx, keepId);
          PersonSnapshot merged = PersonSnapshot.take(tx, mergedId);
          Person result = PeopleMerge.apply(tx, keep, merged);
          return Performed.of(
              result,
              undo -> {
                PeopleMerge.split(undo, keep, merged);
              },
              redo -> PeopleMerge.apply(redo, keep, merged));
        });
  }

  /**
   * Forgets a person: their record, consent history and participation are removed, their
   * observations lose their speaker and verbatim quotes, and their name and email are removed from
   * every text in the workspace. It cannot be undone, and clears the undo history, which could
   * bring them back.
   */
  public void forget(long personId) {
    writes.irreversible(
        Set.of(Topic.PEOPLE, Topic.INTERVIEWS, Topic.OBSERVATIONS, Topic.INSIGHTS, Topic.CANVASES),
        tx -> {
          Forgetting.forget(tx, personId);
          return null;
        });
  }

  private static String checkAccount(Account account) {
    String name = Require.text(account.name(), ServiceText.get("field.accountName"));
    Require.maxLength(name, ColumnSizes.ACCOUNT_NAME, ServiceText.get("field.accountName"));
    if (account.annualValue() != null && account.annualValue().signum() < 0) {
      throw new BadInputException(
          ServiceText.get("field.annualValue"), ServiceText.get("problem.negative"));
    }
    return name;
  }

  private static void checkPerson(Person person) {
    Require.maxLength(
        Require.text(person.name(), ServiceText.get("field.name")),
        ColumnSizes.PERSON_NAME,
        ServiceText.get("field.name"));
    Require.maxLength(person.role(), ColumnSizes.PERSON_ROLE, ServiceText.get("field.role"));
    String email = person.email();
    if (email != null && !email.isBlank() && !EmailAddress.isValid(email)) {
      throw new BadInputException(ServiceText.get("field.email"), EmailAddress.problem(email));
    }
    if (email != null
        && email.trim().toLowerCase(Locale.ROOT).length() > ColumnSizes.PERSON_EMAIL) {
      // Checked lower-cased: that is how it is kept for matching, and some letters grow so.
      throw new BadInputException(
          ServiceText.get("field.email"),
          ServiceText.get("problem.tooLong", ColumnSizes.PERSON_EMAIL));
    }
    var consent = person.consent();
    if (consent != null
        && consent.givenOn() != null
        && consent.withdrawnOn() != null
        && consent.withdrawnOn().isBefore(consent.givenOn())) {
      throw new BadInputException(
          ServiceText.get("field.consentWithdrawnOn"),
          ServiceText.get("problem.withdrawnBeforeGiven"));
    }
  }

  private static void refuseDuplicateAccount(Tx tx, String name, long exceptId) {
    tx.accounts()
        .findByName(name)
        .filter(other -> other.id() != exceptId)
        .ifPresent(
            other -> {
              throw new BadInputException(
                  ServiceText.get("field.accountName"),
                  ServiceText.get("problem.accountExists", name));
            });
  }

  private static void refuseDuplicateEmail(Tx tx, String email, long exceptId) {
    if (email == null || email.isBlank()) {
      return;
    }
    tx.people()
        .findByEmail(email)
        .filter(other -> other.id() != exceptId)
        .ifPresent(
            other -> {
              throw new BadInputException(
                  ServiceText.get("field.email"),
                  ServiceText.get("problem.emailTaken", other.name(), email.trim()));
            });
  }
}
