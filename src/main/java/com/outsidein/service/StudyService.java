package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.DeleteImpact;
import com.outsidein.domain.ImportBatch;
import com.outsidein.domain.Study;
import com.outsidein.domain.StudySummary;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.ColumnSizes;
import com.outsidein.store.Tx;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class StudyService {

  private final Writes writes;

  StudyService(Writes writes) {
    this.writes = writes;
  }

  public List<Study> all() {
    return writes.read(tx -> tx.studies().all());
  }

  public List<StudySummary> summaries() {
    return writes.read(tx -> tx.studies().summaries());
  }

  public Optional<Study> findByTitle(String title) {
    return writes.read(tx -> tx.studies().findByTitle(title));
  }

  public Study create(Study study) {
    String title = checkTexts(study);
    checkDates(study);
    return writes.undoable(
        ServiceText.get("undo.addStudy"),
        Topic.STUDIES,
        tx -> {
          refuseDuplicate(tx, title, 0);
          Study inserted = tx.studies().insert(study);
          return Performed.of(
              inserted,
              undo -> undo.studies().delete(inserted.id()),
              redo -> redo.studies().insert(inserted));
        });
  }

  public void update(Study study) {
    String title = checkTexts(study);
    checkDates(study);
    writes.undoable(
        ServiceText.get("undo.editStudy"),
        Topic.STUDIES,
        tx -> {
          refuseDuplicate(tx, title, study.id());
          Study before = tx.studies().byId(study.id()).orElseThrow();
          tx.studies().update(study);
          return Performed.of(
              null, undo -> undo.studies().update(before), redo -> redo.studies().update(study));
        });
  }

  public DeleteImpact impactOfDeleting(long studyId) {
    return writes.read(
        tx -> {
          int observations = tx.observations().idsOfStudy(studyId).size();
          return new DeleteImpact(observations, 0, 0, 0, tx.interviews().ofStudy(studyId).size());
        });
  }

  /**
   * Deletes a study with its interviews and observations, in one transaction. Insights and canvases
   * that were about it stay, now about every study.
   */
  public void delete(long studyId) {
    writes.undoable(
        ServiceText.get("undo.deleteStudy"),
        Set.of(Topic.STUDIES, Topic.INTERVIEWS, Topic.OBSERVATIONS, Topic.INSIGHTS, Topic.CANVASES),
        tx -> {
          StudySnapshot deleted = StudySnapshot.take(tx, studyId);
          deleted.delete(tx);
          return Performed.of(null, deleted::restore, deleted::delete);
        });
  }

  private static void refuseDuplicate(Tx tx, String title, long exceptId) {
    tx.studies()
        .findByTitle(title)
        .filter(other -> other.id() != exceptId)
        .ifPresent(
            other -> {
              throw new BadInputException(
                  ServiceText.get("field.title"), ServiceText.get("problem.studyExists", title));
            });
  }

  /** The title (trimmed), after checking that every text fits its column. */
  private static String checkTexts(Study study) {
    String title = Require.text(study.title(), ServiceText.get("field.title"));
    Require.maxLength(title, ColumnSizes.STUDY_TITLE, ServiceText.get("field.title"));
    Require.maxLength(study.method(), ColumnSizes.STUDY_METHOD, ServiceText.get("field.method"));
    Require.maxLength(
        study.researchQuestions(),
        ColumnSizes.STUDY_QUESTIONS,
        ServiceText.get("field.researchQuestions"));
    return title;
  }

  private static void checkDates(Study study) {
    if (!Study.inOrder(study.startsOn(), study.endsOn())) {
      throw new BadInputException(
          ServiceText.get("field.endDate"), ServiceText.get("problem.endBeforeStart"));
    }
  }

  /** A study with its interviews and the observations outside interviews. */
  private record StudySnapshot(
      Study study,
      List<InterviewSnapshot> interviews,
      List<ObservationSnapshot> looseObservations,
      List<Long> insightIds,
      List<Long> canvasIds,
      List<ImportBatch> importBatches) {

    static StudySnapshot take(Tx tx, long studyId) {
      return new StudySnapshot(
          tx.studies().byId(studyId).orElseThrow(),
          tx.interviews().ofStudy(studyId).stream()
              .map(i -> InterviewSnapshot.take(tx, i.id()))
              .toList(),
          tx.observations().idsOfStudy(studyId).stream()
              .filter(id -> tx.observations().byId(id).orElseThrow().interviewId() == null)
              .map(id -> ObservationSnapshot.take(tx, id))
              .toList(),
          tx.insights().idsOfStudy(studyId),
          tx.canvases().idsOfStudy(studyId),
          tx.importBatches().ofStudy(studyId));
    }

    void restore(Tx tx) {
      tx.studies().insert(study);
      importBatches.forEach(tx.importBatches()::insert);
      interviews.forEach(i -> i.restore(tx));
      looseObservations.forEach(o -> o.restore(tx));
      tx.insights().setStudy(insightIds, study.id());
      tx.canvases().setStudy(canvasIds, study.id());
    }

    void delete(Tx tx) {
      looseObservations.forEach(o -> ObservationSnapshot.delete(tx, o.observation().id()));
      for (InterviewSnapshot interview : interviews) {
        InterviewSnapshot.delete(tx, interview.interview().id());
      }
      importBatches.forEach(b -> tx.importBatches().delete(b.id()));
      tx.studies().delete(study.id());
    }
  }
}
