package com.outsidein.ui.people;

import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.service.DimensionService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import java.util.EnumSet;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The editable value lists: the one chosen, its values, and the commands that change them. */
public final class ListsViewModel implements AutoCloseable {

  private final DimensionService dimensions;
  private final Commands commands;
  private final ReadOnlyObjectWrapper<Dimension> chosen =
      new ReadOnlyObjectWrapper<>(Dimension.SEGMENT);
  private final ObservableList<DimensionValue> values = FXCollections.observableArrayList();
  private final WorkspaceEvents.Subscription subscription;
  private long generation;

  public ListsViewModel(DimensionService dimensions, WorkspaceEvents events, Commands commands) {
    this.dimensions = dimensions;
    this.commands = commands;
    this.subscription =
        events.subscribe(
            EnumSet.of(Topic.DIMENSIONS), change -> commands.tasks().ui().execute(this::reload));
    reload();
  }

  public ReadOnlyObjectProperty<Dimension> chosenProperty() {
    return chosen.getReadOnlyProperty();
  }

  /** The values of the chosen list, in their order. */
  public ObservableList<DimensionValue> values() {
    return values;
  }

  public void choose(Dimension dimension) {
    if (dimension != null && dimension != chosen.get()) {
      chosen.set(dimension);
      reload();
    }
  }

  private void reload() {
    Dimension list = chosen.get();
    long mine = ++generation;
    commands.read(
        Messages.get("people.loadFailed"),
        () -> dimensions.values(list),
        read -> {
          if (mine == generation) {
            values.setAll(read);
          }
        });
  }

  public void add(String name) {
    Dimension list = chosen.get();
    commands.run(Messages.get("lists.failed"), () -> dimensions.add(list, name), added -> {});
  }

  public void rename(long valueId, String name) {
    commands.run(Messages.get("lists.failed"), () -> dimensions.rename(valueId, name));
  }

  /** Moves a value one place up (-1) or down (+1). */
  public void move(long valueId, int step) {
    commands.run(Messages.get("lists.failed"), () -> dimensions.move(valueId, step));
  }

  /** How many records use the value, to ask the person before deleting it. */
  public void usage(long valueId, IntConsumer answer) {
    commands.read(Messages.get("lists.failed"), () -> dimensions.usage(valueId), answer::accept);
  }

  public void delete(long valueId) {
    commands.run(Messages.get("lists.failed"), () -> dimensions.delete(valueId));
  }

  @Override
  public void close() {
    subscription.close();
  }
}
