package com.outsidein.ui.shell;

import com.outsidein.domain.InterviewField;
import com.outsidein.domain.TextSpan;
import com.outsidein.ui.Navigator;
import com.outsidein.ui.Revealing;
import com.outsidein.ui.Screen;
import com.outsidein.ui.interviews.InterviewsScreen;
import java.util.EnumMap;
import java.util.Map;

/**
 * Leads to a place by switching to its section and asking that screen to show it. The screens are
 * handed over once built, since some of them take the navigator themselves.
 */
public final class ScreenNavigator implements Navigator {

  private final MainViewModel model;
  private final Map<Section, Screen> screens = new EnumMap<>(Section.class);

  public ScreenNavigator(MainViewModel model) {
    this.model = model;
  }

  public void setScreens(Map<Section, Screen> built) {
    screens.clear();
    screens.putAll(built);
  }

  @Override
  public void openPassage(long interviewId, InterviewField field, TextSpan passage) {
    model.sectionProperty().set(Section.INTERVIEWS);
    if (screens.get(Section.INTERVIEWS) instanceof InterviewsScreen interviews) {
      interviews.openPassage(interviewId, field, passage);
    }
  }

  @Override
  public void openObservation(long observationId, Long interviewId) {
    if (interviewId != null) {
      model.sectionProperty().set(Section.INTERVIEWS);
      if (screens.get(Section.INTERVIEWS) instanceof InterviewsScreen interviews) {
        interviews.openObservation(interviewId, observationId);
      }
    } else {
      reveal(Section.OBSERVATIONS, observationId);
    }
  }

  @Override
  public void openInsight(long insightId) {
    reveal(Section.INSIGHTS, insightId);
  }

  private void reveal(Section section, long id) {
    model.sectionProperty().set(section);
    if (screens.get(section) instanceof Revealing revealing) {
      revealing.reveal(id);
    }
  }
}
