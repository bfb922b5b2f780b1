package com.outsidein.ui.people;

import com.outsidein.domain.Account;
import com.outsidein.domain.AccountSummary;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Person;
import com.outsidein.domain.PersonHistory;
import com.outsidein.domain.PersonSummary;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** People and their page: the record, consent with its history, and everything they appear in. */
public final class PeopleViewModel {

  private final Commands commands;
  private final ListViewModel<PersonSummary> people;
  private final ObservableList<Account> accounts = FXCollections.observableArrayList();
  private final ObjectProperty<PersonHistory> page = new SimpleObjectProperty<>();
  private WorkspaceSession session;
  private long generation;

  public PeopleViewModel(Commands commands) {
    this.commands = commands;
    this.people = new ListViewModel<>(commands.tasks(), s -> s.people().summaries());
  }

  public ListViewModel<PersonSummary> people() {
    return people;
  }

  public ObservableList<Account> accounts() {
    return accounts;
  }

  /** The selected person's page, or null. */
  public ObjectProperty<PersonHistory> pageProperty() {
    return page;
  }

  public void load(WorkspaceSession session) {
    this.session = session;
    people.load(session);
    if (session != null) {
      commands.run(Messages.get("people.loadFailed"), session.people()::accounts, accounts::setAll);
    }
    PersonHistory shown = page.get();
    show(shown == null ? null : shown.person().id());
  }

  /** Shows a person's page (null: none). */
  public void show(Long personId) {
    WorkspaceSession current = session;
    long mine = ++generation;
    if (current == null || personId == null) {
      page.set(null);
      return;
    }
    commands.run(
        Messages.get("people.loadFailed"),
        () ->
            current.people().get(personId).isPresent() ? current.people().history(personId) : null,
        history -> {
          if (mine == generation) {
            page.set(history);
          }
        });
  }

  public void create(String name, Consumer<Person> created) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("people.createFailed"),
        () -> current.people().createPerson(new Person(0, name, null, null, null, Consent.NONE)),
        created);
  }

  /** Changes the record; a consent change is kept in the history with the reason given. */
  public void update(Person person, String consentReason) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("people.editFailed"),
        () -> current.people().updatePerson(person, consentReason));
  }

  /** Merges {@code merged} into {@code keep}: the same human recorded twice. */
  public void merge(long keepId, long mergedId) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("people.mergeFailed"),
        () -> current.people().merge(keepId, mergedId),
        kept -> show(kept.id()));
  }

  public void forget(long personId) {
    WorkspaceSession current = session;
    commands.run(Messages.get("people.forgetFailed"), () -> current.people().forget(personId));
  }

  /** Accounts with their dimension names, for the Accounts tab. */
  public ListViewModel<AccountSummary> newAccountList() {
    return new ListViewModel<>(commands.tasks(), s -> s.people().accountSummaries());
  }

  WorkspaceSession session() {
    return session;
  }
}
