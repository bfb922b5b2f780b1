package com.outsidein.service;

import com.outsidein.domain.Account;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.ExchangeCase;
import com.outsidein.domain.ExportedObservation;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.Observation;
import com.outsidein.domain.PersonSummary;
import com.outsidein.domain.QdaImportSummary;
import com.outsidein.domain.QdaProject;
import com.outsidein.domain.ReleasedInterview;
import com.outsidein.domain.Study;
import com.outsidein.domain.TeamMember;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.ColumnSizes;
import com.outsidein.store.ExchangeQueries.SpokenPassage;
import com.outsidein.store.Tx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a REFI-QDA exchange file carries out of the workspace, with the export rules of consent
 * applied ({@link InterviewRelease}), read in short transactions so a large workspace streams.
 */
public final class ExchangeService {

  /** The workspace property holding the seed of the exchange files' GUIDs. */
  static final String SEED_PROPERTY = "exchange.guidSeed";

  private static final Set<Topic> IMPORTED =
      Set.of(
          Topic.STUDIES,
          Topic.PEOPLE,
          Topic.INTERVIEWS,
          Topic.OBSERVATIONS,
          Topic.CODES,
          Topic.DIMENSIONS,
          Topic.TEAM);

  private final Writes writes;

  ExchangeService(Writes writes) {
    this.writes = writes;
  }

  /**
   * A random value made once per workspace and kept in it, so exporting twice gives the same GUIDs
   * for the same things, and two workspaces never share one.
   */
  public String guidSeed() {
    return writes
        .read(tx -> tx.properties().get(SEED_PROPERTY))
        .orElseGet(
            () ->
                writes.change(
                    Set.of(),
                    tx ->
                        tx.properties()
                            .get(SEED_PROPERTY)
                            .orElseGet(
                                () -> {
                                  String seed = UUID.randomUUID().toString();
                                  tx.properties().put(SEED_PROPERTY, seed);
                                  return seed;
                                })));
  }

  public List<TeamMember> team() {
    return writes.read(tx -> tx.teamMembers().all());
  }

  public CodeTree codes() {
    return writes.read(tx -> new CodeTree(tx.codes().all()));
  }

  /** The studies in scope: the one named by id, or every study (null). */
  public List<Study> studies(Long studyId) {
    return writes.read(
        tx ->
            studyId == null
                ? tx.studies().summaries().stream().map(s -> s.study()).toList()
                : tx.studies().byId(studyId).stream().toList());
  }

  /** The people in scope (who took part in or speak in its interviews) as cases. */
  public List<ExchangeCase> cases(Long studyId) {
    return writes.read(
        tx -> {
          Map<Long, String> values = new HashMap<>();
          for (DimensionValue v : tx.dimensions().all()) {
            values.put(v.id(), v.name());
          }
          Map<Long, Account> accounts = new HashMap<>();
          tx.accounts().all().forEach(a -> accounts.put(a.id(), a));
          List<ExchangeCase> cases = new ArrayList<>();
          for (PersonSummary s : tx.reports().people(studyId)) {
            Account account =
                s.person().accountId() == null ? null : accounts.get(s.person().accountId());
            cases.add(
                new ExchangeCase(
                    s.person().id(),
                    s.person().name(),
                    s.person().role(),
                    account == null ? null : account.name(),
                    account == null ? null : values.get(account.segmentId()),
                    account == null ? null : values.get(account.laneId()),
                    account == null ? null : values.get(account.touchModelId())));
          }
          return cases;
        });
  }

  /** The interviews in scope, oldest first. */
  public List<Long> interviewIds(Long studyId) {
    return writes.read(tx -> tx.exchange().interviewIds(studyId));
  }

  /**
   * For each speaker, the observations whose highlighted passage leaves the app as a selection (its
   * text is released), in order.
   */
  public Map<Long, List<Long>> spokenSelections(Long studyId) {
    return writes.read(
        tx -> {
          InterviewRelease release = new InterviewRelease(tx);
          Map<String, Boolean> released = new HashMap<>();
          Map<Long, List<Long>> bySpeaker = new LinkedHashMap<>();
          for (SpokenPassage p : tx.exchange().spokenPassages(studyId)) {
            boolean out =
                released.computeIfAbsent(
                    p.interviewId() + "/" + p.field(),
                    k -> release.releases(p.interviewId(), p.field()));
            if (out) {
              bySpeaker
                  .computeIfAbsent(p.speakerId(), k -> new ArrayList<>())
                  .add(p.observationId());
            }
          }
          return bySpeaker;
        });
  }

  /** One interview as it may leave the app, in a transaction of its own. */
  public ReleasedInterview interview(long interviewId) {
    return writes.read(tx -> release(tx, interviewId));
  }

  private static ReleasedInterview release(Tx tx, long interviewId) {
    var interview = tx.interviews().byId(interviewId).orElseThrow();
    String study = tx.studies().byId(interview.studyId()).map(Study::title).orElse("");
    String interviewer =
        interview.interviewerId() == null
            ? null
            : tx.teamMembers().byId(interview.interviewerId()).map(TeamMember::name).orElse(null);
    return new InterviewRelease(tx).of(interviewId, study, interviewer);
  }

  /** The observations of the scope that belong to no interview, as they may leave the app. */
  public List<ExportedObservation> withoutInterview(Long studyId) {
    return writes.read(
        tx -> {
          List<Observation> loose = tx.exchange().withoutInterview(studyId);
          Map<Long, List<Long>> codes =
              tx.exchange().codeIdsOf(loose.stream().map(Observation::id).toList());
          InterviewRelease release = new InterviewRelease(tx);
          List<ExportedObservation> out = new ArrayList<>(loose.size());
          for (Observation o : loose) {
            out.add(release.exported(o, codes.getOrDefault(o.id(), List.of()), null));
          }
          return out;
        });
  }

  /**
   * Writes a checked REFI-QDA project into the study named (created when missing) as one import
   * batch, all of it or nothing.
   *
   * @throws com.outsidein.domain.AlreadyImportedException when the same file was imported before
   *     and {@code again} is false
   */
  public QdaImportSummary importProject(
      QdaProject file, String studyTitle, boolean again, ImportProgress progress) {
    String title =
        Require.maxLength(Require.text(studyTitle, "Study"), ColumnSizes.STUDY_TITLE, "Study");
    return writes.irreversible(
        IMPORTED,
        tx -> {
          ImportService.refuseRepeat(tx, file.fileName(), file.sha256(), again);
          return new QdaProjectWrite(tx, progress).project(file, title);
        });
  }

  /** Merges the codes of a checked codebook into the codebook by path, as one import batch. */
  public QdaImportSummary importCodebook(QdaProject file, boolean again, ImportProgress progress) {
    return writes.irreversible(
        Set.of(Topic.CODES),
        tx -> {
          ImportService.refuseRepeat(tx, file.fileName(), file.sha256(), again);
          return new QdaProjectWrite(tx, progress).codebook(file);
        });
  }
}
