package com.outsidein.ui.insights;

import com.outsidein.domain.InsightSummary;
import com.outsidein.ui.DragContent;
import com.outsidein.ui.Messages;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One insight on the board: its title, status and the breadth of its evidence as a bar. An insight
 * resting on one person is drawn muted. It can be dragged onto a canvas answer, and observations
 * dropped on it become its evidence.
 */
final class InsightCard extends VBox {

  InsightCard(
      InsightSummary summary,
      boolean selected,
      Consumer<Long> select,
      BiConsumer<Long, List<Long>> addEvidence) {
    super(6);
    getStyleClass().add("insight-card");
    setId("insight-card-" + summary.id());
    if (selected) {
      getStyleClass().add("insight-card-selected");
    }
    if (summary.restsOnOnePerson()) {
      getStyleClass().add("insight-card-weak");
    }
    Label title = new Label(summary.insight().title());
    title.getStyleClass().add("insight-card-title");
    title.setWrapText(true);

    Label status = new Label(Messages.of(summary.insight().status()));
    status
        .getStyleClass()
        .addAll(
            "insight-status",
            "insight-status-"
                + summary.insight().status().name().toLowerCase(java.util.Locale.ROOT));
    status.setMinWidth(Region.USE_PREF_SIZE);
    Label impact =
        new Label(Messages.get("insight.impactShort", Messages.of(summary.insight().impact())));
    impact.getStyleClass().add("text-muted");
    impact.setMinWidth(Region.USE_PREF_SIZE);
    // On a narrow card the impact goes under the status rather than being cut.
    FlowPane tags = new FlowPane(10, 4, status, impact);
    tags.setAlignment(Pos.CENTER_LEFT);

    ProgressBar strength = new ProgressBar(Math.max(0.04, summary.strength()));
    strength.getStyleClass().add("insight-strength");
    strength.setMaxWidth(Double.MAX_VALUE);
    strength.setPrefHeight(6);
    Label counts =
        new Label(
            Messages.get(
                "insight.cardCounts", summary.evidence(), summary.people(), summary.accounts()));
    counts.setId("insight-counts-" + summary.id());
    counts.getStyleClass().add("insight-card-counts");
    counts.setWrapText(true);
    if (summary.restsOnOnePerson()) {
      FontIcon warn = new FontIcon(Feather.USER);
      counts.setGraphic(warn);
      Tooltip.install(this, new Tooltip(Messages.get("insight.onePerson")));
    }
    getChildren().addAll(title, tags, strength, counts);

    setOnMouseClicked(e -> select.accept(summary.id()));
    setOnDragDetected(
        e -> {
          startDragAndDrop(TransferMode.COPY, TransferMode.LINK)
              .setContent(DragContent.insight(summary.id()));
          e.consume();
        });
    setOnDragOver(
        e -> {
          if (!DragContent.observationIds(e.getDragboard()::getContent).isEmpty()) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK, TransferMode.MOVE);
            if (!getStyleClass().contains("insight-card-drop")) {
              getStyleClass().add("insight-card-drop");
            }
          }
          e.consume();
        });
    setOnDragExited(e -> getStyleClass().remove("insight-card-drop"));
    setOnDragDropped(
        e -> {
          List<Long> ids = DragContent.observationIds(e.getDragboard()::getContent);
          if (!ids.isEmpty()) {
            addEvidence.accept(summary.id(), ids);
          }
          e.setDropCompleted(!ids.isEmpty());
          e.consume();
        });
  }
}
