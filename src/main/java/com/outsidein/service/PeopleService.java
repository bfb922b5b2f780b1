package com.outsidein.service;

import com.outsidein.domain.Account;
import com.outsidein.domain.AccountSummary;
import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Person;
import com.outsidein.domain.PersonSummary;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Workspace;
import java.util.List;
import java.util.Optional;

/** People (one record per human, with consent) and the accounts they belong to. */
public final class PeopleService {

  private final Workspace workspace;
  private final WorkspaceEvents events;

  PeopleService(Workspace workspace, WorkspaceEvents events) {
    this.workspace = workspace;
    this.events = events;
  }

  public List<PersonSummary> summaries() {
    return workspace.read(tx -> tx.people().summaries());
  }

  public List<AccountSummary> accountSummaries() {
    return workspace.read(tx -> tx.accounts().summaries());
  }

  public List<Person> people() {
    return workspace.read(tx -> tx.people().all());
  }

  public List<Account> accounts() {
    return workspace.read(tx -> tx.accounts().all());
  }

  public Optional<Person> findByEmail(String email) {
    return workspace.read(tx -> tx.people().findByEmail(email));
  }

  public Optional<Account> findAccount(String name) {
    return workspace.read(tx -> tx.accounts().findByName(name));
  }

  public Account createAccount(Account account) {
    String name = Require.text(account.name(), "Account name");
    if (account.annualValue() != null && account.annualValue().signum() < 0) {
      throw new BadInputException("Annual value", "must not be negative");
    }
    Account created =
        workspace.write(
            tx -> {
              if (tx.accounts().findByName(name).isPresent()) {
                throw new BadInputException(
                    "Account name", "an account called \"" + name + "\" exists already");
              }
              return tx.accounts().insert(account);
            });
    events.changed(Topic.PEOPLE);
    return created;
  }

  /** Adds a person; their consent as given becomes the first entry of its history. */
  public Person createPerson(Person person) {
    Require.text(person.name(), "Name");
    Person created =
        workspace.write(
            tx -> {
              if (person.email() != null && tx.people().findByEmail(person.email()).isPresent()) {
                throw new BadInputException(
                    "Email", "someone with the email " + person.email().trim() + " exists already");
              }
              Person inserted = tx.people().insert(person);
              tx.people().recordConsentChange(inserted.id(), inserted.consent(), "Recorded");
              return inserted;
            });
    events.changed(Topic.PEOPLE);
    return created;
  }
}
