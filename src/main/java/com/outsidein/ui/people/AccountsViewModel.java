package com.outsidein.ui.people;

import com.outsidein.domain.Account;
import com.outsidein.domain.AccountSummary;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.service.DimensionService;
import com.outsidein.service.PeopleService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Accounts with their dimension names, the values an account can take, and the people of the
 * account shown. Reloads when people or accounts change, and the values when value lists change.
 */
public final class AccountsViewModel implements AutoCloseable {

  /** The value lists an account is placed in. */
  public static final List<Dimension> DIMENSIONS =
      List.of(Dimension.SEGMENT, Dimension.LANE, Dimension.TOUCH_MODEL, Dimension.LIFECYCLE_STAGE);

  private final PeopleService people;
  private final DimensionService dimensions;
  private final Commands commands;
  private final ListViewModel<AccountSummary> list;
  private final Map<Dimension, ObservableList<DimensionValue>> values =
      new EnumMap<>(Dimension.class);
  private final ObservableList<String> members = FXCollections.observableArrayList();
  private final WorkspaceEvents.Subscription subscription;
  private Long shownId;
  private long generation;

  public AccountsViewModel(
      PeopleService people,
      DimensionService dimensions,
      WorkspaceEvents events,
      Commands commands) {
    this.people = people;
    this.dimensions = dimensions;
    this.commands = commands;
    this.list = ListViewModel.from(commands.tasks(), people::accountSummaries);
    DIMENSIONS.forEach(d -> values.put(d, FXCollections.observableArrayList()));
    this.subscription =
        events.subscribe(
            EnumSet.of(Topic.PEOPLE, Topic.DIMENSIONS),
            change -> commands.tasks().ui().execute(() -> onChanged(change)));
    list.reload();
    reloadValues();
  }

  private void onChanged(Change change) {
    list.reload();
    showMembers(shownId);
    if (change.topic() == Topic.DIMENSIONS) {
      reloadValues();
    }
  }

  private void reloadValues() {
    commands.read(
        Messages.get("people.loadFailed"),
        () -> {
          Map<Dimension, List<DimensionValue>> read = new EnumMap<>(Dimension.class);
          DIMENSIONS.forEach(d -> read.put(d, dimensions.values(d)));
          return read;
        },
        read -> read.forEach((d, v) -> values.get(d).setAll(v)));
  }

  public ListViewModel<AccountSummary> accounts() {
    return list;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return list.loadingProperty();
  }

  /** The values an account can take in one of {@link #DIMENSIONS}. */
  public ObservableList<DimensionValue> values(Dimension dimension) {
    return values.get(dimension);
  }

  /** The people of the account last shown, as "name — role". */
  public ObservableList<String> members() {
    return members;
  }

  /** Lists the people of an account (null: none). */
  public void showMembers(Long accountId) {
    shownId = accountId;
    long mine = ++generation;
    if (accountId == null) {
      members.clear();
      return;
    }
    commands.read(
        Messages.get("people.loadFailed"),
        () ->
            people.summaries().stream()
                .filter(p -> Objects.equals(p.person().accountId(), accountId))
                .map(
                    p ->
                        p.person().name()
                            + (p.person().role() == null ? "" : " — " + p.person().role()))
                .toList(),
        names -> {
          if (mine == generation) {
            members.setAll(names);
          }
        });
  }

  /** Saves a changed account (nothing when nothing changed). */
  public void update(Account before, Account after) {
    if (!after.equals(before)) {
      commands.run(Messages.get("accounts.editFailed"), () -> people.updateAccount(after));
    }
  }

  public void create(String name) {
    commands.run(
        Messages.get("accounts.createFailed"),
        () -> people.createAccount(Account.named(name)),
        created -> {});
  }

  public void delete(long accountId) {
    commands.run(Messages.get("accounts.deleteFailed"), () -> people.deleteAccount(accountId));
  }

  @Override
  public void close() {
    subscription.close();
  }
}
