package com.outsidein.ui.people;

import com.outsidein.domain.Account;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Person;
import com.outsidein.domain.PersonHistory;
import com.outsidein.domain.PersonSummary;
import com.outsidein.service.PeopleService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import java.util.EnumSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * People and their page: the record, consent with its history, and everything they appear in.
 * Reloads when people, accounts or value lists change, and when interviews or observations are
 * added or removed (a change naming its rows, such as typed notes, leaves the counts as they are).
 */
public final class PeopleViewModel implements AutoCloseable {

  private final PeopleService people;
  private final Commands commands;
  private final ListViewModel<PersonSummary> list;
  private final ObservableList<Account> accounts = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<PersonHistory> page = new ReadOnlyObjectWrapper<>();
  private final WorkspaceEvents.Subscription subscription;
  private Long shownId;
  private long generation;

  public PeopleViewModel(PeopleService people, WorkspaceEvents events, Commands commands) {
    this.people = people;
    this.commands = commands;
    this.list = ListViewModel.from(commands.tasks(), people::summaries);
    this.subscription =
        events.subscribe(
            EnumSet.of(Topic.PEOPLE, Topic.DIMENSIONS, Topic.INTERVIEWS, Topic.OBSERVATIONS),
            change -> commands.tasks().ui().execute(() -> onChanged(change)));
    list.reload();
    reloadAccounts();
  }

  private void onChanged(Change change) {
    boolean rowsAddedOrRemoved = change.ids().isEmpty();
    switch (change.topic()) {
      case PEOPLE, DIMENSIONS -> {
        list.reload();
        reloadAccounts();
        show(shownId);
      }
      default -> {
        if (rowsAddedOrRemoved) {
          list.reload();
          show(shownId);
        }
      }
    }
  }

  private void reloadAccounts() {
    commands.read(Messages.get("people.loadFailed"), people::accounts, accounts::setAll);
  }

  public ListViewModel<PersonSummary> people() {
    return list;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return list.loadingProperty();
  }

  public ObservableList<Account> accounts() {
    return accounts;
  }

  /** The selected person's page, or null. */
  public ReadOnlyObjectProperty<PersonHistory> pageProperty() {
    return page.getReadOnlyProperty();
  }

  /** Shows a person's page (null: none). */
  public void show(Long personId) {
    shownId = personId;
    long mine = ++generation;
    if (personId == null) {
      page.set(null);
      return;
    }
    commands.read(
        Messages.get("people.loadFailed"),
        () -> people.get(personId).isPresent() ? people.history(personId) : null,
        history -> {
          if (mine == generation) {
            page.set(history);
          }
        });
  }

  public void create(String name, Consumer<Person> created) {
    commands.run(
        Messages.get("people.createFailed"),
        () -> people.createPerson(new Person(0, name, null, null, null, Consent.NONE)),
        created);
  }

  /** Changes the record; a consent change is kept in the history with the reason given. */
  public void update(Person person, String consentReason) {
    commands.run(
        Messages.get("people.editFailed"), () -> people.updatePerson(person, consentReason));
  }

  /** Merges {@code merged} into {@code keep}: the same human recorded twice. */
  public void merge(long keepId, long mergedId) {
    commands.run(
        Messages.get("people.mergeFailed"),
        () -> people.merge(keepId, mergedId),
        kept -> show(kept.id()));
  }

  public void forget(long personId) {
    commands.run(Messages.get("people.forgetFailed"), () -> people.forget(personId));
  }

  @Override
  public void close() {
    subscription.close();
  }
}
