package com.outsidein.service;

import com.outsidein.domain.Account;
import com.outsidein.domain.Code;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.Highlight;
import com.outsidein.domain.ImportBatch;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Person;
import com.outsidein.domain.QdaImportSummary;
import com.outsidein.domain.QdaProject;
import com.outsidein.domain.Study;
import com.outsidein.domain.TeamMember;
import com.outsidein.store.ImportWriter;
import com.outsidein.store.Tx;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a checked REFI-QDA project into a study within one transaction, as one import batch: users
 * as team members, codes merged into the codebook by path (siblings of the file sharing a name told
 * apart), cases as people, the sources of one interview as its notes and transcript, selections and
 * notes as observations with their codes.
 */
final class QdaProjectWrite {

  private static final int MAX_OBSERVATION_TEXT = ObservationService.MAX_TEXT;
  private static final int MAX_CODE_NAME = 200;
  private static final int MAX_TITLE = 300;

  private final Tx tx;
  private final ImportProgress progress;
  private final Map<String, Long> codeIds = new HashMap<>();
  private final Map<String, Long> speakers = new HashMap<>();
  private final Map<String, Long> team = new HashMap<>();
  private final List<String> renamed = new ArrayList<>();
  private int newCodes;

  QdaProjectWrite(Tx tx, ImportProgress progress) {
    this.tx = tx;
    this.progress = progress;
  }

  /** Writes the codes alone (a codebook import), as a batch of their own. */
  QdaImportSummary codebook(QdaProject file) {
    ImportBatch batch = batch(file, null, ImportBatch.Kind.QDA_CODEBOOK, file.codes().size());
    codes(file.codes());
    return new QdaImportSummary(
        batch.id(), null, false, 0, 0, 0, newCodes, 0, 0, renamed, file.notCarried());
  }

  QdaImportSummary project(QdaProject file, String title) {
    Optional<Study> existing = tx.studies().findByTitle(title);
    Study study = existing.orElseGet(() -> tx.studies().insert(Study.titled(title)));
    ImportBatch batch = batch(file, study.id(), ImportBatch.Kind.QDA_PROJECT, 0);
    for (QdaProject.User user : file.users()) {
      team.put(user.guid(), teamMember(user.name()));
    }
    codes(file.codes());
    ImportResolver resolver = new ImportResolver(tx, study.id(), batch.id());
    Map<String, Long> bySource = new HashMap<>();
    Map<String, Long> bySelection = new HashMap<>();
    int people = 0;
    for (QdaProject.Case c : file.cases()) {
      Person person = person(resolver, c);
      people++;
      speakers.put(c.guid(), person.id());
      c.sourceGuids().forEach(g -> bySource.putIfAbsent(g, person.id()));
      c.selectionGuids().forEach(g -> bySelection.putIfAbsent(g, person.id()));
    }
    progress.checkCancelled();
    Map<String, List<QdaProject.Source>> interviews = new LinkedHashMap<>();
    for (QdaProject.Source source : file.sources()) {
      String key =
          source.interviewKey() == null ? "source:" + source.guid() : source.interviewKey();
      interviews.computeIfAbsent(key, k -> new ArrayList<>()).add(source);
    }
    Set<String> titles = new HashSet<>();
    tx.interviews().ofStudy(study.id()).forEach(i -> titles.add(key(i.title())));
    List<Observation> observations = new ArrayList<>();
    List<List<Long>> codesOf = new ArrayList<>();
    Map<Long, Set<Long>> participants = new LinkedHashMap<>();
    int done = 0;
    for (List<QdaProject.Source> sources : interviews.values()) {
      progress.checkCancelled();
      progress.update(done++, interviews.size() + 1L);
      Interview interview = interview(study.id(), batch.id(), sources, titles);
      Set<Long> in = participants.computeIfAbsent(interview.id(), k -> new LinkedHashSet<>());
      for (QdaProject.Source source : sources) {
        Long present = bySource.get(source.guid());
        if (present != null) {
          in.add(present);
        }
        InterviewField field = fieldOf(source);
        for (QdaProject.Selection s : source.selections()) {
          Long speaker = bySelection.get(s.guid());
          if (speaker != null) {
            in.add(speaker);
          }
          observations.add(
              passage(study.id(), interview.id(), batch.id(), source, field, s, speaker));
          Set<String> codes = new LinkedHashSet<>(s.codeGuids());
          if (s.note() != null) {
            codes.addAll(s.note().codeGuids());
          }
          codesOf.add(ids(codes));
        }
        for (QdaProject.Note note : source.notes()) {
          Observation o = note(study.id(), interview.id(), batch.id(), note);
          if (o != null) {
            observations.add(o);
            codesOf.add(ids(note.codeGuids()));
          }
        }
      }
    }
    for (QdaProject.Note note : file.looseNotes()) {
      Observation o = note(study.id(), null, batch.id(), note);
      if (o != null) {
        observations.add(o);
        codesOf.add(ids(note.codeGuids()));
      }
    }
    progress.checkCancelled();
    ImportWriter writer = tx.importWriter();
    List<Long> ids = writer.insertObservations(batch.id(), observations, n -> {});
    List<long[]> codings = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (long codeId : codesOf.get(i)) {
        codings.add(new long[] {ids.get(i), codeId});
      }
    }
    writer.insertCodings(codings);
    participants.forEach((interviewId, who) -> tx.interviews().addParticipants(interviewId, who));
    tx.importBatches().setRowCount(batch.id(), observations.size());
    progress.update(interviews.size() + 1L, interviews.size() + 1L);
    return new QdaImportSummary(
        batch.id(),
        study.title(),
        existing.isEmpty(),
        interviews.size(),
        observations.size(),
        codings.size(),
        newCodes,
        file.users().size(),
        people,
        renamed,
        file.notCarried());
  }

  private ImportBatch batch(QdaProject file, Long studyId, ImportBatch.Kind kind, int rows) {
    OffsetDateTime now = tx.importWriter().transactionTimestamp();
    return tx.importBatches()
        .insert(new ImportBatch(0, studyId, kind, file.fileName(), file.sha256(), now, rows));
  }

  private long teamMember(String name) {
    String shown = name == null || name.isBlank() ? "Unnamed user" : cut(name.strip(), 200);
    return tx.teamMembers()
        .findByName(shown)
        .map(TeamMember::id)
        .orElseGet(() -> tx.teamMembers().insert(new TeamMember(0, shown, null)).id());
  }

  /** Codes merged by path: an existing code at the same path is used, a missing one created. */
  private void codes(List<QdaProject.CodeNode> nodes) {
    Set<String> taken = new HashSet<>();
    for (QdaProject.CodeNode node : nodes) {
      Long parentId = node.parentGuid() == null ? null : codeIds.get(node.parentGuid());
      String name = codeName(node.name());
      String candidate = name;
      for (int n = 2; !taken.add(parentId + "/" + key(candidate)); n++) {
        candidate = cut(name, MAX_CODE_NAME - 6) + " (" + n + ")";
      }
      if (!candidate.equals(name)) {
        renamed.add(name + " → " + candidate);
      }
      Optional<Code> found = tx.codes().findChild(parentId, candidate);
      long id;
      if (found.isPresent()) {
        id = found.get().id();
      } else {
        id =
            tx.codes()
                .insert(
                    new Code(
                        0,
                        parentId,
                        candidate,
                        cut(nullToEmpty(node.description()), 4000),
                        node.colour(),
                        cut(nullToEmpty(node.memo()), 20_000),
                        0))
                .id();
        newCodes++;
      }
      codeIds.put(node.guid(), id);
    }
  }

  private Person person(ImportResolver resolver, QdaProject.Case c) {
    String name = c.name() == null || c.name().isBlank() ? "Unnamed case" : cut(c.name(), 300);
    Person person =
        resolver.person(
            name, null, blankToNull(c.role()), blankToNull(c.account()), blankToNull(c.segment()));
    if (person.accountId() != null && (c.lane() != null || c.touchModel() != null)) {
      Account a = tx.accounts().byId(person.accountId()).orElseThrow();
      Long lane =
          a.laneId() != null
              ? a.laneId()
              : resolver.dimension(Dimension.LANE, blankToNull(c.lane()));
      Long touch =
          a.touchModelId() != null
              ? a.touchModelId()
              : resolver.dimension(Dimension.TOUCH_MODEL, blankToNull(c.touchModel()));
      if (!java.util.Objects.equals(lane, a.laneId())
          || !java.util.Objects.equals(touch, a.touchModelId())) {
        tx.accounts()
            .update(
                new Account(
                    a.id(),
                    a.name(),
                    a.segmentId(),
                    lane,
                    touch,
                    a.lifecycleStageId(),
                    a.region(),
                    a.vertical(),
                    a.annualValue()));
      }
    }
    return person;
  }

  private Interview interview(
      long studyId, long batchId, List<QdaProject.Source> sources, Set<String> titles) {
    QdaProject.Source first = sources.get(0);
    String title = first.title() != null && !first.title().isBlank() ? first.title() : first.name();
    title =
        title == null || title.isBlank() ? "Imported source" : cut(title.strip(), MAX_TITLE - 6);
    String unique = title;
    for (int n = 2; !titles.add(key(unique)); n++) {
      unique = title + " (" + n + ")";
    }
    String notes = "";
    String transcript = "";
    LocalDate heldOn = null;
    Long interviewer = null;
    for (QdaProject.Source source : sources) {
      if (fieldOf(source) == InterviewField.NOTES) {
        notes = source.text();
      } else {
        transcript = transcript.isEmpty() ? source.text() : transcript;
      }
      heldOn = heldOn == null ? source.heldOn() : heldOn;
      if (interviewer == null && source.interviewKey() != null && source.creatingUser() != null) {
        interviewer = team.get(source.creatingUser());
      }
    }
    return tx.interviews()
        .insert(
            new Interview(
                0, studyId, unique, heldOn, interviewer, null, null, notes, transcript, batchId));
  }

  private static InterviewField fieldOf(QdaProject.Source source) {
    return source.field() == null ? InterviewField.TRANSCRIPT : source.field();
  }

  private Observation passage(
      long studyId,
      long interviewId,
      long batchId,
      QdaProject.Source source,
      InterviewField field,
      QdaProject.Selection s,
      Long speaker) {
    String words = source.text().substring(s.start(), s.end());
    QdaProject.Note note = s.note();
    String text = note != null && !note.text().isBlank() ? note.text() : words;
    if (text.isBlank()) {
      text = "Passage of " + source.name();
    }
    String quote = note != null && note.kind() != null ? emptyToNull(note.quote()) : words;
    ObservationKind kind = note != null && note.kind() != null ? note.kind() : ObservationKind.NOTE;
    return new Observation(
        0,
        studyId,
        interviewId,
        speaker,
        cut(text.strip(), MAX_OBSERVATION_TEXT),
        quote == null || quote.isBlank() ? null : cut(quote, MAX_OBSERVATION_TEXT),
        kind,
        null,
        null,
        null,
        note == null ? null : note.sentiment(),
        new Highlight(field, s.start(), s.end()),
        batchId);
  }

  /** An observation from a note; none for a note with no text. */
  private Observation note(long studyId, Long interviewId, long batchId, QdaProject.Note note) {
    if (note.text() == null || note.text().isBlank()) {
      return null;
    }
    Long speaker = note.speakerCase() == null ? null : speakers.get(note.speakerCase());
    return new Observation(
        0,
        studyId,
        interviewId,
        speaker,
        cut(note.text().strip(), MAX_OBSERVATION_TEXT),
        note.quote() == null || note.quote().isBlank()
            ? null
            : cut(note.quote(), MAX_OBSERVATION_TEXT),
        note.kind() == null ? ObservationKind.NOTE : note.kind(),
        null,
        null,
        null,
        note.sentiment(),
        null,
        batchId);
  }

  private List<Long> ids(java.util.Collection<String> guids) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String guid : guids) {
      Long id = codeIds.get(guid);
      if (id != null) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  private static String codeName(String name) {
    String clean = name == null ? "" : name.replace('/', '-').strip();
    return clean.isEmpty() ? "Unnamed code" : cut(clean, MAX_CODE_NAME);
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    return text.substring(0, end);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
