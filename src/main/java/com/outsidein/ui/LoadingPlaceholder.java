package com.outsidein.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The text an empty table or list shows: "Loading…" while its rows are on their way, and what it
 * would show (such as "No people yet.") only once they are known to be none.
 */
public final class LoadingPlaceholder {

  private LoadingPlaceholder() {}

  public static void show(
      ObjectProperty<Node> placeholder, ObservableBooleanValue loading, String emptyText) {
    Label label = new Label();
    label.getStyleClass().add("loading-placeholder");
    label
        .textProperty()
        .bind(Bindings.when(loading).then(Messages.get("common.loading")).otherwise(emptyText));
    placeholder.set(label);
  }
}
