package com.outsidein.ui.insights;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Navigator;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An observation as a quote with where it came from, a button that opens its interview at the
 * passage, and (where given) a button that removes it.
 */
public final class ObservationListCell extends ListCell<AttributedObservation> {

  private final Navigator navigator;
  private final Consumer<AttributedObservation> remove;

  /**
   * @param remove what the remove button does; null for lists without one
   */
  public ObservationListCell(Navigator navigator, Consumer<AttributedObservation> remove) {
    this.navigator = navigator;
    this.remove = remove;
    getStyleClass().add("observation-cell");
    // A cell as wide as the list, so long quotes wrap instead of scrolling sideways.
    setPrefWidth(0);
  }

  @Override
  protected void updateItem(AttributedObservation item, boolean empty) {
    super.updateItem(item, empty);
    setText(null);
    if (empty || item == null) {
      setGraphic(null);
      return;
    }
    Label words = new Label(item.hasQuote() ? "\u201c" + item.words() + "\u201d" : item.words());
    words.setWrapText(true);
    words.setMinHeight(Region.USE_PREF_SIZE);
    words.getStyleClass().add(item.hasQuote() ? "evidence-quote" : "evidence-text");
    if (item.quoteWithheld()) {
      FontIcon mark = new FontIcon(Feather.ALERT_TRIANGLE);
      mark.getStyleClass().add("withheld-mark");
      words.setGraphic(mark);
      words.setTooltip(new Tooltip(Messages.get("observations.noQuoteConsent")));
    }
    Label source = new Label(AttributionText.of(item));
    source.getStyleClass().addAll("text-muted", "evidence-source");
    source.setWrapText(true);
    source.setMinHeight(Region.USE_PREF_SIZE);
    VBox text = new VBox(3, words, source);
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMinWidth(0);

    Button open = new Button(null, new FontIcon(Feather.EXTERNAL_LINK));
    open.getStyleClass().addAll("flat", "evidence-open");
    open.setTooltip(
        new Tooltip(Messages.get(item.hasInterview() ? "evidence.open" : "evidence.noInterview")));
    open.setDisable(!item.hasInterview());
    open.setOnAction(e -> navigator.openObservation(item.id(), item.observation().interviewId()));
    HBox buttons = new HBox(2, open);
    if (remove != null) {
      Button drop = new Button(null, new FontIcon(Feather.X));
      drop.getStyleClass().addAll("flat", "evidence-remove");
      drop.setTooltip(new Tooltip(Messages.get("evidence.remove")));
      drop.setOnAction(e -> remove.accept(item));
      buttons.getChildren().add(drop);
    }
    buttons.setAlignment(Pos.TOP_RIGHT);
    HBox row = new HBox(8, text, buttons);
    row.setAlignment(Pos.TOP_LEFT);
    setGraphic(row);
  }
}
