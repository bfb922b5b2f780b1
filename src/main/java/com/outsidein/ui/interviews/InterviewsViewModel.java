package com.outsidein.ui.interviews;

import com.outsidein.domain.DeleteImpact;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.Study;
import com.outsidein.service.InterviewService;
import com.outsidein.service.StudyService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The Interviews section: the list of interviews, the commands that add and delete one, and the
 * editor of the one open. The list reloads when interviews change, and when observations do (it
 * counts them) or studies do (a new interview asks for one).
 */
public final class InterviewsViewModel implements AutoCloseable {

  private final InterviewService interviews;
  private final StudyService studies;
  private final Commands commands;
  private final InterviewEditorViewModel editor;
  private final ListViewModel<InterviewSummary> list;
  private final WorkspaceEvents.Subscription subscription;

  public InterviewsViewModel(
      InterviewService interviews,
      StudyService studies,
      WorkspaceEvents events,
      InterviewEditorViewModel editor,
      Commands commands) {
    this.interviews = interviews;
    this.studies = studies;
    this.commands = commands;
    this.editor = editor;
    this.list = ListViewModel.from(commands.tasks(), () -> interviews.summaries(null));
    this.subscription =
        events.subscribe(
            EnumSet.of(Topic.INTERVIEWS, Topic.OBSERVATIONS, Topic.STUDIES),
            change -> commands.tasks().ui().execute(list::reload));
    list.reload();
  }

  public ListViewModel<InterviewSummary> interviews() {
    return list;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return list.loadingProperty();
  }

  public InterviewEditorViewModel editor() {
    return editor;
  }

  /** The studies a new interview may go into (none: the person is told to add a study first). */
  public void studiesForNew(Consumer<List<Study>> answer) {
    commands.read(
        Messages.get("interviews.createFailed"),
        studies::all,
        all -> {
          if (all.isEmpty()) {
            commands
                .alerts()
                .info(Messages.get("interviews.new"), Messages.get("interviews.needStudy"));
          } else {
            answer.accept(all);
          }
        });
  }

  /** Adds an interview held today to a study; {@code onCreated} gets it once it is committed. */
  public void create(long studyId, String title, Consumer<Interview> onCreated) {
    String trimmed = title == null ? "" : title.trim();
    if (trimmed.isEmpty()) {
      return;
    }
    Interview draft = Interview.draft(studyId, trimmed, LocalDate.now());
    commands.run(
        Messages.get("interviews.createFailed"),
        () -> interviews.create(draft, List.of()),
        onCreated);
  }

  /** What deleting an interview takes with it, for the question asked before. */
  public void impactOfDeleting(long interviewId, Consumer<DeleteImpact> answer) {
    commands.read(
        Messages.get("interviews.deleteFailed"),
        () -> interviews.impactOfDeleting(interviewId),
        answer);
  }

  public void delete(long interviewId) {
    commands.run(Messages.get("interviews.deleteFailed"), () -> interviews.delete(interviewId));
  }

  @Override
  public void close() {
    subscription.close();
    editor.close();
  }
}
