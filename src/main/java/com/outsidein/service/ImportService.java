package com.outsidein.service;

import com.outsidein.domain.AlreadyImportedException;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.ImportBatch;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportRemoval;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.ImportedObservation;
import com.outsidein.domain.ImportedPerson;
import com.outsidein.domain.Interview;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationImport;
import com.outsidein.domain.PeopleImport;
import com.outsidein.domain.Person;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.ColumnSizes;
import com.outsidein.store.ImportWriter;
import com.outsidein.store.Tx;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes checked import files into the workspace and takes whole imports away again. Each import
 * and each removal is one transaction: all of it or nothing. Imports are not on the undo stack
 * (Remove import… takes one back), so they clear it.
 */
public final class ImportService {

  private static final Set<Topic> EVERYTHING_IMPORTED =
      Set.of(
          Topic.STUDIES,
          Topic.PEOPLE,
          Topic.INTERVIEWS,
          Topic.OBSERVATIONS,
          Topic.CODES,
          Topic.DIMENSIONS,
          Topic.TEAM);

  private final Writes writes;
  private final Runnable afterImport;

  /**
   * @param afterImport hears of every import written (the routine backup that follows one)
   */
  ImportService(Writes writes, Runnable afterImport) {
    this.writes = writes;
    this.afterImport = afterImport;
  }

  /** Every import, newest first. */
  public List<ImportBatch> batches() {
    return writes.read(tx -> tx.importBatches().all());
  }

  /** Earlier imports of a file with these bytes. */
  public List<ImportBatch> earlierImports(String sha256) {
    return writes.read(tx -> tx.importBatches().withSha256(sha256));
  }

  /**
   * Writes the observations of a checked file into the study named (created when missing), with
   * everything they refer to, as one import batch.
   *
   * @throws AlreadyImportedException when a file with the same SHA-256 was imported before and
   *     {@code again} is false
   * @throws com.outsidein.domain.ImportCancelledException when cancelled; nothing was written
   */
  public ImportSummary importObservations(
      ObservationImport file, String studyTitle, boolean again, ImportProgress progress) {
    String title =
        Require.maxLength(
            Require.text(studyTitle, ServiceText.get("field.study")),
            ColumnSizes.STUDY_TITLE,
            ServiceText.get("field.study"));
    ImportSummary summary =
        writes.irreversible(EVERYTHING_IMPORTED, tx -> write(tx, file, title, again, progress));
    afterImport.run();
    return summary;
  }

  private static ImportSummary write(
      Tx tx, ObservationImport file, String title, boolean again, ImportProgress progress) {
    refuseRepeat(tx, file.fileName(), file.sha256(), again);
    Optional<Study> existing = tx.studies().findByTitle(title);
    Study study = existing.orElseGet(() -> tx.studies().insert(Study.titled(title)));
    ImportWriter writer = tx.importWriter();
    OffsetDateTime now = writer.transactionTimestamp();
    ImportBatch batch =
        tx.importBatches()
            .insert(
                new ImportBatch(
                    0,
                    study.id(),
                    ImportBatch.Kind.OBSERVATIONS,
                    file.fileName(),
                    file.sha256(),
                    now,
                    file.rows().size()));
    ImportResolver resolver = new ImportResolver(tx, study.id(), batch.id());
    int rows = file.rows().size();
    long total = 2L * rows;
    List<Observation> observations = new ArrayList<>(rows);
    List<List<Long>> codesByRow = new ArrayList<>(rows);
    Map<Long, Set<Long>> participants = new java.util.LinkedHashMap<>();
    for (ImportedObservation row : file.rows()) {
      if (observations.size() % ImportWriter.CHUNK == 0) {
        progress.checkCancelled();
        progress.update(observations.size(), total);
      }
      Person speaker =
          resolver.person(
              row.participant(), row.participantEmail(), row.role(), row.account(), row.segment());
      Interview interview = interviewOf(resolver, row, speaker);
      if (interview != null && speaker != null) {
        participants.computeIfAbsent(interview.id(), k -> new LinkedHashSet<>()).add(speaker.id());
      }
      observations.add(
          new Observation(
              0,
              study.id(),
              interview == null ? null : interview.id(),
              speaker == null ? null : speaker.id(),
              row.text(),
              row.quote(),
              row.kind(),
              resolver.dimension(Dimension.JOURNEY_STAGE, row.journeyStage()),
              resolver.dimension(Dimension.TOUCHPOINT, row.touchpoint()),
              resolver.dimension(Dimension.FUNCTION, row.function()),
              row.sentiment(),
              null,
              batch.id()));
      Set<Long> codeIds = new LinkedHashSet<>();
      for (List<String> path : row.codePaths()) {
        codeIds.add(resolver.code(path));
      }
      codesByRow.add(List.copyOf(codeIds));
    }
    progress.checkCancelled();
    List<Long> ids =
        tx.importWriter()
            .insertObservations(
                batch.id(),
                observations,
                done -> {
                  progress.checkCancelled();
                  progress.update(rows + (long) done, total);
                });
    List<long[]> codings = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (long codeId : codesByRow.get(i)) {
        codings.add(new long[] {ids.get(i), codeId});
      }
    }
    writer.insertCodings(codings);
    writer.insertParticipants(participants);
    progress.checkCancelled();
    progress.update(total, total);
    return new ImportSummary(
        batch.id(),
        study.title(),
        existing.isEmpty(),
        rows,
        resolver.newPeople(),
        resolver.newAccounts(),
        resolver.newCodes(),
        resolver.newInterviews(),
        resolver.newDimensionValues(),
        file.warnings());
  }

  /**
   * Writes a checked people file: each row matched to a person by email, else by name, and updated
   * from it, or created; accounts by name. One import batch, all or nothing.
   *
   * @throws AlreadyImportedException when the same file was imported before and not {@code again}
   */
  public ImportSummary importPeople(PeopleImport file, boolean again, ImportProgress progress) {
    ImportSummary summary = writePeople(file, again, progress);
    afterImport.run();
    return summary;
  }

  private ImportSummary writePeople(PeopleImport file, boolean again, ImportProgress progress) {
    return writes.irreversible(
        Set.of(Topic.PEOPLE, Topic.DIMENSIONS),
        tx -> {
          refuseRepeat(tx, file.fileName(), file.sha256(), again);
          OffsetDateTime now = tx.importWriter().transactionTimestamp();
          ImportBatch batch =
              tx.importBatches()
                  .insert(
                      new ImportBatch(
                          0,
                          null,
                          ImportBatch.Kind.PEOPLE,
                          file.fileName(),
                          file.sha256(),
                          now,
                          file.rows().size()));
          ImportResolver resolver = new ImportResolver(tx, null, batch.id());
          String reason = ServiceText.get("consent.imported", file.fileName());
          int done = 0;
          for (ImportedPerson row : file.rows()) {
            if (done++ % ImportWriter.CHUNK == 0) {
              progress.checkCancelled();
              progress.update(done, file.rows().size());
            }
            resolver.mergePerson(row, reason);
          }
          progress.checkCancelled();
          return new ImportSummary(
              batch.id(),
              null,
              false,
              file.rows().size(),
              resolver.newPeople(),
              resolver.newAccounts(),
              List.of(),
              List.of(),
              resolver.newDimensionValues(),
              file.warnings());
        });
  }

  /**
   * The row's interview: by title within the study; without a title, by date and participant (named
   * "participant, date"); none when neither is given.
   */
  private static Interview interviewOf(
      ImportResolver resolver, ImportedObservation row, Person speaker) {
    String title = row.interview();
    if (title == null && row.interviewDate() != null && speaker != null) {
      title = speaker.name() + ", " + row.interviewDate();
    }
    if (title == null) {
      return null;
    }
    return resolver.interview(title, row.interviewDate(), row.interviewer(), row.channel());
  }

  static void refuseRepeat(Tx tx, String fileName, String sha256, boolean again) {
    if (!again) {
      List<ImportBatch> earlier = tx.importBatches().withSha256(sha256);
      if (!earlier.isEmpty()) {
        throw new AlreadyImportedException(fileName, earlier);
      }
    }
  }

  /**
   * Takes a whole import away in one transaction: its observations (with their codes, evidence
   * links and canvas citations), the interviews it created that hold nothing else now, and the
   * people, accounts and codes it created that nothing refers to any more. Values it added to the
   * dimension lists stay: they are part of the lists now and may be in use.
   */
  public ImportRemoval remove(long batchId) {
    return writes.irreversible(
        EVERYTHING_IMPORTED,
        tx -> {
          ImportBatch batch =
              tx.importBatches()
                  .byId(batchId)
                  .orElseThrow(
                      () ->
                          new com.outsidein.domain.BadInputException(
                              ServiceText.get("field.import"),
                              ServiceText.get("problem.importRemoved")));
          ImportWriter writer = tx.importWriter();
          int observations = writer.deleteObservations(batchId);
          int interviews = writer.deleteInterviews(batchId);
          int people = writer.deleteUnusedPeople(batch.importedAt());
          int accounts = writer.deleteUnusedAccounts(batch.importedAt());
          int codes = writer.deleteUnusedCodes(batch.importedAt());
          tx.importBatches().delete(batchId);
          return new ImportRemoval(batch, observations, interviews, people, accounts, codes);
        });
  }
}
