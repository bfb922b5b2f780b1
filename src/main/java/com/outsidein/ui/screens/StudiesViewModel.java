package com.outsidein.ui.screens;

import com.outsidein.domain.DeleteImpact;
import com.outsidein.domain.Study;
import com.outsidein.domain.StudySummary;
import com.outsidein.domain.TeamMember;
import com.outsidein.service.StudyService;
import com.outsidein.service.TeamService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The studies with their counts, the team to pick an owner from, and the commands that change a
 * study. Reloads the list when studies, their interviews, observations or the team change, and the
 * team only when the team changes.
 */
public final class StudiesViewModel implements AutoCloseable {

  private final StudyService studies;
  private final TeamService team;
  private final Commands commands;
  private final ListViewModel<StudySummary> list;
  private final ObservableList<TeamMember> members = FXCollections.observableArrayList();
  private final WorkspaceEvents.Subscription subscription;

  public StudiesViewModel(
      StudyService studies, TeamService team, WorkspaceEvents events, Commands commands) {
    this.studies = studies;
    this.team = team;
    this.commands = commands;
    this.list = ListViewModel.from(commands.tasks(), studies::summaries);
    this.subscription =
        events.subscribe(
            EnumSet.of(Topic.STUDIES, Topic.INTERVIEWS, Topic.OBSERVATIONS, Topic.TEAM),
            change -> commands.tasks().ui().execute(() -> onChanged(change)));
    list.reload();
    reloadTeam();
  }

  private void onChanged(Change change) {
    list.reload();
    if (change.topic() == Topic.TEAM) {
      reloadTeam();
    }
  }

  private void reloadTeam() {
    commands.read(Messages.get("studies.editFailed"), team::all, members::setAll);
  }

  public ListViewModel<StudySummary> studies() {
    return list;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return list.loadingProperty();
  }

  /** Team members whose name holds the typed text, ignoring case. */
  public List<TeamMember> ownersMatching(String typed) {
    return TeamMember.matching(members, typed);
  }

  /** Saves a changed study; {@code onRefused} runs when the service refuses it. */
  public void update(Study before, Study after, Runnable onRefused) {
    if (!after.equals(before)) {
      commands.run(
          Messages.get("studies.editFailed"),
          () -> {
            studies.update(after);
            return null;
          },
          done -> {},
          onRefused);
    }
  }

  /** Makes the named team member (added to the team when new; blank: nobody) the study's owner. */
  public void setOwner(Study study, String name) {
    commands.run(
        Messages.get("studies.editFailed"),
        () -> {
          Long id = name.isBlank() ? null : team.findOrCreate(name, null).id();
          studies.update(study.withOwnerId(id));
          return null;
        },
        done -> {});
  }

  /** Adds a planned study starting today. */
  public void create(String title) {
    commands.run(
        Messages.get("studies.createFailed"),
        () -> studies.create(Study.titled(title).withStartsOn(LocalDate.now())),
        created -> {});
  }

  /** What deleting the study would take with it, to ask the person first. */
  public void impactOfDeleting(long studyId, Consumer<DeleteImpact> answer) {
    commands.read(
        Messages.get("studies.deleteFailed"), () -> studies.impactOfDeleting(studyId), answer);
  }

  public void delete(long studyId) {
    commands.run(Messages.get("studies.deleteFailed"), () -> studies.delete(studyId));
  }

  @Override
  public void close() {
    subscription.close();
  }
}
