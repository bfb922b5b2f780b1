package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Study;
import com.outsidein.domain.StudySummary;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Workspace;
import java.util.List;
import java.util.Optional;

public final class StudyService {

  private final Workspace workspace;
  private final WorkspaceEvents events;

  StudyService(Workspace workspace, WorkspaceEvents events) {
    this.workspace = workspace;
    this.events = events;
  }

  public List<Study> all() {
    return workspace.read(tx -> tx.studies().all());
  }

  public List<StudySummary> summaries() {
    return workspace.read(tx -> tx.studies().summaries());
  }

  public Optional<Study> findByTitle(String title) {
    return workspace.read(tx -> tx.studies().findByTitle(title));
  }

  public Study create(Study study) {
    String title = Require.text(study.title(), "Title");
    checkDates(study);
    Study created =
        workspace.write(
            tx -> {
              if (tx.studies().findByTitle(title).isPresent()) {
                throw new BadInputException(
                    "Title", "a study called \"" + title + "\" exists already");
              }
              return tx.studies().insert(study);
            });
    events.changed(Topic.STUDIES);
    return created;
  }

  public void update(Study study) {
    String title = Require.text(study.title(), "Title");
    checkDates(study);
    workspace.update(
        tx -> {
          tx.studies()
              .findByTitle(title)
              .filter(other -> other.id() != study.id())
              .ifPresent(
                  other -> {
                    throw new BadInputException(
                        "Title", "a study called \"" + title + "\" exists already");
                  });
          tx.studies().update(study);
        });
    events.changed(Topic.STUDIES);
  }

  private static void checkDates(Study study) {
    if (study.startsOn() != null
        && study.endsOn() != null
        && study.endsOn().isBefore(study.startsOn())) {
      throw new BadInputException("End date", "is before the start date");
    }
  }
}
