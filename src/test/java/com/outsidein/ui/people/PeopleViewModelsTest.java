package com.outsidein.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Account;
import com.outsidein.domain.AccountSummary;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.InterviewField;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleViewModelsTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private PeopleViewModel people;
  private AccountsViewModel accounts;
  private ListsViewModel lists;

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("ws"));
    session = known.session;
    Commands commands = new Commands(tasks, new RecordingAlerts());
    people = new PeopleViewModel(session.people(), session.events(), commands);
    accounts =
        new AccountsViewModel(session.people(), session.dimensions(), session.events(), commands);
    lists = new ListsViewModel(session.dimensions(), session.events(), commands);
  }

  @AfterEach
  void close() {
    people.close();
    accounts.close();
    lists.close();
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
  }

  private static AtomicInteger changesOf(ObservableList<?> list) {
    AtomicInteger changes = new AtomicInteger();
    list.addListener((ListChangeListener<Object>) change -> changes.incrementAndGet());
    return changes;
  }

  @Test
  void listsPeopleAccountsAndValuesOnceLoaded() {
    assertThat(people.people().items())
        .extracting(p -> p.person().name())
        .containsExactlyInAnyOrder("Ann Archer", "Bob Baker", "Cy Cole");
    assertThat(people.loadingProperty().get()).isFalse();
    assertThat(accounts.accounts().items())
        .extracting(a -> a.account().name())
        .containsExactlyInAnyOrder("Acme", "Council");
    assertThat(accounts.values(Dimension.SEGMENT))
        .extracting(v -> v.name())
        .contains("SMB", "Public sector");
    assertThat(lists.values()).extracting(v -> v.name()).contains("SMB", "Public sector");
  }

  @Test
  void savingAnInterviewsNotesReloadsNeitherPeopleNorAccountsNorLists() {
    long interview = session.interviews().summaries(known.fleet).get(0).id();
    AtomicInteger peopleChanges = changesOf(people.people().items());
    AtomicInteger accountChanges = changesOf(people.accounts());
    AtomicInteger accountRows = changesOf(accounts.accounts().items());
    AtomicInteger values = changesOf(lists.values());
    people.show(known.ann);
    AtomicInteger pages = new AtomicInteger();
    people.pageProperty().addListener((obs, old, page) -> pages.incrementAndGet());

    session.interviews().saveText(interview, InterviewField.NOTES, "Notes typed just now");

    assertThat(peopleChanges).hasValue(0);
    assertThat(accountChanges).hasValue(0);
    assertThat(accountRows).hasValue(0);
    assertThat(values).hasValue(0);
    assertThat(pages).hasValue(0);
  }

  @Test
  void aChangedPersonShowsOnTheirPageAndInTheList() {
    people.show(known.bob);
    var bob = people.pageProperty().get().person();

    people.update(
        new com.outsidein.domain.Person(
            bob.id(), bob.name(), "Fleet lead", bob.accountId(), bob.email(), bob.consent()),
        null);

    assertThat(people.pageProperty().get().person().role()).isEqualTo("Fleet lead");
    assertThat(people.people().items())
        .filteredOn(p -> p.person().id() == known.bob)
        .extracting(p -> p.person().role())
        .containsExactly("Fleet lead");
  }

  @Test
  void anAccountsPeopleAreListedWithTheirRoles() {
    AccountSummary acme =
        accounts.accounts().items().stream()
            .filter(a -> a.account().name().equals("Acme"))
            .findFirst()
            .orElseThrow();

    accounts.showMembers(acme.account().id());

    assertThat(accounts.members()).containsExactly("Ann Archer — Dispatcher");
  }

  @Test
  void aRenamedAccountIsListedUnderItsNewName() {
    Account acme =
        accounts.accounts().items().stream()
            .map(AccountSummary::account)
            .filter(a -> a.name().equals("Acme"))
            .findFirst()
            .orElseThrow();

    accounts.update(
        acme,
        new Account(
            acme.id(),
            "Acme Fleet",
            acme.segmentId(),
            acme.laneId(),
            acme.touchModelId(),
            acme.lifecycleStageId(),
            acme.region(),
            acme.vertical(),
            acme.annualValue()));

    assertThat(accounts.accounts().items())
        .extracting(a -> a.account().name())
        .contains("Acme Fleet");
    assertThat(people.accounts()).extracting(Account::name).contains("Acme Fleet");
  }

  @Test
  void aValueAddedToTheChosenListShowsThereAndInTheAccountChoices() {
    lists.add("Mid-market");

    assertThat(lists.values()).extracting(v -> v.name()).contains("Mid-market");
    assertThat(accounts.values(Dimension.SEGMENT)).extracting(v -> v.name()).contains("Mid-market");
  }

  @Test
  void choosingAnotherListShowsItsValues() {
    lists.choose(Dimension.LANE);

    assertThat(lists.values())
        .extracting(v -> v.name())
        .containsExactly("Fast", "Accelerating", "Slow");
  }
}
