package com.outsidein.service;

import com.outsidein.domain.Account;
import com.outsidein.domain.Code;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.ImportedPerson;
import com.outsidein.domain.Interview;
import com.outsidein.domain.Person;
import com.outsidein.domain.TeamMember;
import com.outsidein.store.Tx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches the names in an import to what the workspace holds, creating what is missing, within one
 * transaction. Everything is read once up front, so each row costs map look-ups, not queries. Keeps
 * the names of what it created for the import's summary.
 */
final class ImportResolver {

  private final Tx tx;
  private final Long studyId;
  private final Long batchId;
  private final Map<Dimension, Map<String, Long>> dimensions = new EnumMap<>(Dimension.class);
  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<String, Person> peopleByEmail = new HashMap<>();
  private final Map<String, Person> peopleByName = new HashMap<>();
  private final Map<String, Long> team = new HashMap<>();
  private final Map<String, Interview> interviews = new HashMap<>();
  private final Map<String, Long> codes = new HashMap<>();

  /** The highest sort order under each parent (null: the top), so a new code needs no query. */
  private final Map<Long, Integer> lastSortOrder = new HashMap<>();

  private final List<String> newPeople = new ArrayList<>();
  private final List<String> newAccounts = new ArrayList<>();
  private final List<String> newCodes = new ArrayList<>();
  private final List<String> newInterviews = new ArrayList<>();
  private final Map<Dimension, List<String>> newValues = new LinkedHashMap<>();

  /** For a study's import (studyId) or a people import (studyId null: no interviews). */
  ImportResolver(Tx tx, Long studyId, Long batchId) {
    this.tx = tx;
    this.studyId = studyId;
    this.batchId = batchId;
    for (DimensionValue value : tx.dimensions().all()) {
      dimensions
          .computeIfAbsent(value.dimension(), d -> new HashMap<>())
          .put(key(value.name()), value.id());
    }
    tx.accounts().all().forEach(a -> accounts.put(key(a.name()), a));
    for (Person person : tx.people().all()) {
      if (person.email() != null) {
        peopleByEmail.putIfAbsent(key(person.email()), person);
      }
      peopleByName.merge(key(person.name()), person, (a, b) -> a.id() < b.id() ? a : b);
    }
    tx.teamMembers().all().forEach(m -> team.put(key(m.name()), m.id()));
    if (studyId != null) {
      tx.interviews().ofStudy(studyId).forEach(i -> interviews.put(key(i.title()), i));
    }
    for (Code code : tx.codes().all()) {
      codes.put(codeKey(code.parentId(), code.name()), code.id());
      lastSortOrder.merge(code.parentId(), code.sortOrder(), Math::max);
    }
  }

  static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  private static String codeKey(Long parentId, String name) {
    return parentId + "/" + key(name);
  }

  /** The id of a dimension value, added to the list's end when it is not there yet. */
  Long dimension(Dimension dimension, String name) {
    if (name == null) {
      return null;
    }
    Map<String, Long> values = dimensions.computeIfAbsent(dimension, d -> new HashMap<>());
    Long id = values.get(key(name));
    if (id == null) {
      id = tx.dimensions().insert(new DimensionValue(0, dimension, name.trim(), 0)).id();
      values.put(key(name), id);
      newValues.computeIfAbsent(dimension, d -> new ArrayList<>()).add(name.trim());
    }
    return id;
  }

  /**
   * The account with this name, created when missing; its segment is filled in when it has none.
   */
  Account account(String name, String segment) {
    if (name == null) {
      return null;
    }
    Account account = accounts.get(key(name));
    Long segmentId = dimension(Dimension.SEGMENT, segment);
    if (account == null) {
      account =
          tx.accounts()
              .insert(new Account(0, name.trim(), segmentId, null, null, null, null, null, null));
      accounts.put(key(name), account);
      newAccounts.add(account.name());
    } else if (account.segmentId() == null && segmentId != null) {
      account =
          new Account(
              account.id(),
              account.name(),
              segmentId,
              account.laneId(),
              account.touchModelId(),
              account.lifecycleStageId(),
              account.region(),
              account.vertical(),
              account.annualValue());
      tx.accounts().update(account);
      accounts.put(key(name), account);
    }
    return account;
  }

  /**
   * The person by email (case-insensitively), else by name; created when neither matches. Role,
   * account and email are filled in where the person has none yet; nothing is overwritten.
   */
  Person person(String name, String email, String role, String accountName, String segment) {
    if (name == null && email == null) {
      return null;
    }
    Account account = account(accountName, segment);
    Person found = email == null ? null : peopleByEmail.get(key(email));
    if (found == null && name != null) {
      Person byName = peopleByName.get(key(name));
      if (byName != null && (email == null || byName.email() == null)) {
        found = byName;
      }
    }
    if (found == null) {
      Person created =
          tx.people()
              .insert(
                  new Person(
                      0,
                      name == null ? email.trim() : name.trim(),
                      role,
                      account == null ? null : account.id(),
                      email,
                      Consent.NONE));
      remember(created);
      newPeople.add(created.name());
      return created;
    }
    Person filled =
        new Person(
            found.id(),
            found.name(),
            found.role() == null ? role : found.role(),
            found.accountId() == null && account != null
                ? Long.valueOf(account.id())
                : found.accountId(),
            found.email() == null ? email : found.email(),
            found.consent());
    if (!filled.equals(found)) {
      tx.people().update(filled);
      remember(filled);
    }
    return filled;
  }

  /**
   * The person by email, else by name, created when missing (people import): role, account and
   * email from the file replace those the person had; consent values given replace theirs, with a
   * consent history entry.
   */
  Person mergePerson(ImportedPerson row, String reason) {
    Account account = account(row.account(), row.segment());
    Person found = row.email() == null ? null : peopleByEmail.get(key(row.email()));
    if (found == null) {
      Person byName = peopleByName.get(key(row.name()));
      if (byName != null && (row.email() == null || byName.email() == null)) {
        found = byName;
      }
    }
    Consent consent = consentOf(found == null ? Consent.NONE : found.consent(), row);
    if (found == null) {
      Person created =
          tx.people()
              .insert(
                  new Person(
                      0,
                      row.name(),
                      row.role(),
                      account == null ? null : account.id(),
                      row.email(),
                      consent));
      if (row.hasConsent()) {
        tx.people().recordConsentChange(created.id(), consent, reason);
      }
      remember(created);
      newPeople.add(created.name());
      return created;
    }
    Person merged =
        new Person(
            found.id(),
            found.name(),
            row.role() == null ? found.role() : row.role(),
            account == null ? found.accountId() : Long.valueOf(account.id()),
            row.email() == null ? found.email() : row.email(),
            consent);
    if (!merged.equals(found)) {
      tx.people().update(merged);
      if (!consent.equals(found.consent())) {
        tx.people().recordConsentChange(found.id(), consent, reason);
      }
      remember(merged);
    }
    return merged;
  }

  private static Consent consentOf(Consent current, ImportedPerson row) {
    return new Consent(
        row.consentGivenOn() == null ? current.givenOn() : row.consentGivenOn(),
        row.consentNotes() == null ? current.notes() : row.consentNotes(),
        row.consentQuotes() == null ? current.quotes() : row.consentQuotes(),
        row.consentRecording() == null ? current.recording() : row.consentRecording(),
        current.withdrawnOn());
  }

  /** Puts a person (new or changed) into the look-ups. */
  void remember(Person person) {
    if (person.email() != null) {
      peopleByEmail.put(key(person.email()), person);
    }
    peopleByName.putIfAbsent(key(person.name()), person);
    if (peopleByName.get(key(person.name())).id() == person.id()) {
      peopleByName.put(key(person.name()), person);
    }
  }

  /** The study's interview with this title, created (as part of the batch) when missing. */
  Interview interview(String title, LocalDate heldOn, String interviewer, String channel) {
    Interview interview = interviews.get(key(title));
    if (interview == null) {
      interview =
          tx.interviews()
              .insert(
                  new Interview(
                      0,
                      studyId,
                      title.trim(),
                      heldOn,
                      teamMember(interviewer),
                      dimension(Dimension.CHANNEL, channel),
                      null,
                      "",
                      "",
                      batchId));
      interviews.put(key(title), interview);
      newInterviews.add(interview.title());
    }
    return interview;
  }

  private Long teamMember(String name) {
    if (name == null) {
      return null;
    }
    return team.computeIfAbsent(
        key(name), k -> tx.teamMembers().insert(new TeamMember(0, name.trim(), null)).id());
  }

  /** The code at the end of a path of names, creating every level that is missing. */
  long code(List<String> path) {
    Long parentId = null;
    StringBuilder shown = new StringBuilder();
    for (String name : path) {
      if (!shown.isEmpty()) {
        shown.append(Code.PATH_SEPARATOR);
      }
      shown.append(name);
      String k = codeKey(parentId, name);
      Long id = codes.get(k);
      if (id == null) {
        int sortOrder = lastSortOrder.merge(parentId, 1, Integer::sum);
        id = tx.codes().insert(new Code(0, parentId, name, "", null, "", sortOrder)).id();
        codes.put(k, id);
        newCodes.add(shown.toString());
      }
      parentId = id;
    }
    return parentId;
  }

  List<String> newPeople() {
    return newPeople;
  }

  List<String> newAccounts() {
    return newAccounts;
  }

  List<String> newCodes() {
    return newCodes;
  }

  List<String> newInterviews() {
    return newInterviews;
  }

  Map<Dimension, List<String>> newDimensionValues() {
    return newValues;
  }
}
