package com.outsidein.app;

import com.outsidein.domain.CitationTarget;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.FilePicker;
import com.outsidein.ui.Screen;
import com.outsidein.ui.canvas.CanvasViewModel;
import com.outsidein.ui.canvas.CanvasesScreen;
import com.outsidein.ui.entry.QuickEntryViewModel;
import com.outsidein.ui.insights.InsightBoardViewModel;
import com.outsidein.ui.insights.InsightsScreen;
import com.outsidein.ui.insights.SelectionToInsightViewModel;
import com.outsidein.ui.interviews.InterviewEditorViewModel;
import com.outsidein.ui.interviews.InterviewsScreen;
import com.outsidein.ui.interviews.InterviewsViewModel;
import com.outsidein.ui.people.AccountsViewModel;
import com.outsidein.ui.people.ListsViewModel;
import com.outsidein.ui.people.PeopleScreen;
import com.outsidein.ui.people.PeopleViewModel;
import com.outsidein.ui.screens.CodebookScreen;
import com.outsidein.ui.screens.CodebookViewModel;
import com.outsidein.ui.screens.ObservationFilters;
import com.outsidein.ui.screens.ObservationsScreen;
import com.outsidein.ui.screens.ObservationsViewModel;
import com.outsidein.ui.screens.StudiesScreen;
import com.outsidein.ui.screens.StudiesViewModel;
import com.outsidein.ui.shell.MainViewModel;
import com.outsidein.ui.shell.ScreenNavigator;
import com.outsidein.ui.shell.Section;
import com.outsidein.ui.synthesis.SynthesisScreen;
import com.outsidein.ui.synthesis.SynthesisViewModel;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds the screens of one open workspace: fresh view models with the narrow services each uses,
 * and their views. Opening another workspace builds them anew, so nothing of the previous one
 * shows.
 */
final class WorkspaceScreens {

  private final Commands commands;
  private final MainViewModel model;
  private final ScreenNavigator navigator;
  private final FilePicker files;

  WorkspaceScreens(
      Commands commands, MainViewModel model, ScreenNavigator navigator, FilePicker files) {
    this.commands = commands;
    this.model = model;
    this.navigator = navigator;
    this.files = files;
  }

  /** The screens of the workspace; none while no workspace is open. */
  Map<Section, Screen> build(WorkspaceSession session) {
    Map<Section, Screen> screens = new EnumMap<>(Section.class);
    if (session == null) {
      return screens;
    }
    // First, so that its first rows are the first read when a workspace opens.
    ObservationsViewModel observations = observations(session);
    screens.put(Section.STUDIES, studies(session));
    screens.put(Section.PEOPLE, people(session));
    screens.put(Section.INTERVIEWS, interviews(session, observations));
    screens.put(Section.OBSERVATIONS, new ObservationsScreen(observations, commands.alerts()));
    screens.put(Section.INSIGHTS, insights(session));
    screens.put(Section.SYNTHESIS, synthesis(session));
    screens.put(Section.CANVASES, canvases(session));
    screens.put(Section.CODEBOOK, codebook(session));
    return screens;
  }

  private Screen studies(WorkspaceSession session) {
    return new StudiesScreen(
        new StudiesViewModel(session.studies(), session.team(), session.events(), commands),
        commands.alerts());
  }

  private Screen people(WorkspaceSession session) {
    return new PeopleScreen(
        new PeopleViewModel(session.people(), session.events(), commands),
        new AccountsViewModel(session.people(), session.dimensions(), session.events(), commands),
        new ListsViewModel(session.dimensions(), session.events(), commands),
        commands.alerts());
  }

  private ObservationsViewModel observations(WorkspaceSession session) {
    QuickEntryViewModel entry = quickEntry(session);
    SelectionToInsightViewModel insightCommands =
        new SelectionToInsightViewModel(session.insights(), commands);
    return new ObservationsViewModel(
        session.observations(),
        new ObservationFilters(
            session.studies(),
            session.interviews(),
            session.people(),
            session.dimensions(),
            session.codebook(),
            session.events(),
            commands),
        entry,
        insightCommands,
        session.events(),
        commands);
  }

  private Screen interviews(WorkspaceSession session, ObservationsViewModel observations) {
    InterviewEditorViewModel editor =
        new InterviewEditorViewModel(
            session.interviews(),
            session.observations(),
            session.people(),
            session.team(),
            session.dimensions(),
            session.events(),
            quickEntry(session),
            commands);
    return new InterviewsScreen(
        new InterviewsViewModel(
            session.interviews(), session.studies(), session.events(), editor, commands),
        files,
        commands.alerts(),
        (studyId, interviewId) -> {
          model.sectionProperty().set(Section.OBSERVATIONS);
          observations.showInterview(studyId, interviewId);
        });
  }

  /** A quick entry bar's state, fresh for each screen that shows one. */
  private QuickEntryViewModel quickEntry(WorkspaceSession session) {
    return new QuickEntryViewModel(
        session.people(), session.codebook(), session.observations(), session.events(), commands);
  }

  private Screen insights(WorkspaceSession session) {
    return new InsightsScreen(
        new InsightBoardViewModel(
            session.insights(), session.studies(), session.events(), commands),
        commands.alerts(),
        navigator);
  }

  private Screen synthesis(WorkspaceSession session) {
    return new SynthesisScreen(
        new SynthesisViewModel(session.synthesis(), session.studies(), session.events(), commands),
        navigator);
  }

  private Screen canvases(WorkspaceSession session) {
    return new CanvasesScreen(
        new CanvasViewModel(
            session.canvases(),
            session.studies(),
            session.team(),
            session.insights(),
            session.observations(),
            session.events(),
            commands),
        commands.alerts(),
        target -> {
          if (target.kind() == CitationTarget.Kind.INSIGHT) {
            navigator.openInsight(target.id());
          } else {
            navigator.openObservation(target.id(), null);
          }
        });
  }

  private Screen codebook(WorkspaceSession session) {
    return new CodebookScreen(
        new CodebookViewModel(session.codebook(), session.events(), commands), commands.alerts());
  }
}
