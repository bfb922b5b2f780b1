package com.outsidein.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Code;
import com.outsidein.domain.Consent;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Person;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.entry.QuickEntryViewModel.CodeChoice;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickEntryViewModelTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private final RecordingAlerts alerts = new RecordingAlerts();
  private QuickEntryViewModel model;

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("known"));
    session = known.session;
    model = entryOn(session);
  }

  @AfterEach
  void close() {
    model.close();
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
  }

  private QuickEntryViewModel entryOn(WorkspaceSession on) {
    return new QuickEntryViewModel(
        on.people(), on.codebook(), on.observations(), on.events(), new Commands(tasks, alerts));
  }

  @Test
  void aQuickEntryBuiltOnANewWorkspaceHasNoTargetAndSuggestsNothingOfTheOneBefore() {
    model.setTarget(known.fleet, null);
    WorkspaceSession empty = WorkspaceSession.create(folder.resolve("new"));
    try (QuickEntryViewModel fresh = entryOn(empty)) {
      assertThat(fresh.studyIdProperty().get()).isNull();
      assertThat(fresh.suggestPeople("Ann")).isEmpty();
      assertThat(fresh.suggestCodes("Pain")).containsExactly(new CodeChoice(null, "Pain"));

      fresh.textProperty().set("Something seen");
      fresh.add();

      assertThat(alerts.errors()).hasSize(1);
      assertThat(empty.observations().count(ObservationFilter.ALL)).isZero();
    } finally {
      empty.close();
    }
  }

  @Test
  void itSuggestsThePeopleAndCodesOfItsWorkspaceWithoutBeingAskedToLoad() {
    assertThat(model.suggestPeople("ann")).extracting(Person::id).containsExactly(known.ann);
    assertThat(model.suggestCodes("setup")).contains(new CodeChoice(known.setup, "Pain/Setup"));
  }

  @Test
  void aPersonAndACodeAddedElsewhereAreSuggestedAtOnce() {
    long dora =
        session
            .people()
            .createPerson(new Person(0, "Dora Diaz", null, null, null, Consent.NONE))
            .id();
    long calm = session.codebook().create(new Code(0, null, "Calm", "", null, "", 0)).id();

    assertThat(model.suggestPeople("dora")).extracting(Person::id).containsExactly(dora);
    assertThat(model.suggestCodes("Calm")).containsExactly(new CodeChoice(calm, "Calm"));
  }

  @Test
  void anObservationGoesIntoTheTargetSetByItsOwnerWithANewCodeThatIsThenKnown() {
    model.setTarget(known.other, null);
    model.textProperty().set("Keeps a paper plan");
    model.speakerNameProperty().set("Bob");
    model.addCodePath("Joy / Paper");

    model.add();

    ObservationRow added =
        session.observations().rows(ObservationFilter.ofStudy(known.other), 0, 100).stream()
            .filter(o -> o.observation().text().equals("Keeps a paper plan"))
            .findFirst()
            .orElseThrow();
    assertThat(added.observation().interviewId()).isNull();
    assertThat(added.observation().speakerId()).isEqualTo(known.bob);
    assertThat(added.codePaths()).containsExactly("Joy/Paper");
    assertThat(model.textProperty().get()).isEmpty();
    assertThat(model.codes()).isEmpty();
    assertThat(model.suggestCodes("Joy/Paper")).noneMatch(c -> c.id() == null);
  }

  @Test
  void closedItNoLongerHearsOfChanges() {
    model.close();

    session.people().createPerson(new Person(0, "Eve Evans", null, null, null, Consent.NONE));

    assertThat(model.suggestPeople("eve")).isEmpty();
  }
}
