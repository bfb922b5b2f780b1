package com.outsidein.ui.canvas;

import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.CitedItem;
import com.outsidein.domain.EntryContent;
import com.outsidein.domain.Horizon;
import com.outsidein.domain.Progress;
import com.outsidein.ui.CommitOnLeave;
import com.outsidein.ui.DragContent;
import com.outsidein.ui.Fit;
import com.outsidein.ui.Labels;
import com.outsidein.ui.Messages;
import com.outsidein.ui.PickerDialog;
import com.outsidein.ui.entry.TeamMemberField;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One answer on the canvas: its text, what it cites (each opens the insight or quote), a mark when
 * it cites nothing, and the Plan or Do details. Insights and observations dropped on it are cited,
 * the same as with "Cite…".
 */
final class EntryCard extends VBox {

  private final CanvasViewModel model;
  private final CanvasEntry entry;

  EntryCard(
      CanvasViewModel model,
      EntryContent content,
      CanvasSection section,
      Consumer<CitationTarget> open) {
    this.model = model;
    this.entry = content.entry();
    getStyleClass().add("entry-card");
    setSpacing(6);

    TextArea answer = new TextArea(entry.answer());
    answer.getStyleClass().add("entry-answer");
    answer.setWrapText(true);
    answer.setPrefRowCount(Math.max(2, Math.min(6, entry.answer().length() / 38 + 1)));
    answer.setPromptText(Messages.get("canvas.answerPrompt"));
    answer.setPrefWidth(100);
    answer.setMinWidth(60);
    CommitOnLeave.text(answer, entry::answer, text -> edit(e -> e.withAnswer(text)));

    // One citation a line, wrapped to the card's width, so that each reads in full.
    VBox citations = new VBox(2);
    citations.setMinWidth(0);
    for (CitedItem item : content.citations()) {
      Hyperlink link = new Hyperlink(shorten(item.label()));
      link.getStyleClass().add("citation");
      link.setWrapText(true);
      link.setMaxWidth(Double.MAX_VALUE);
      link.setMinWidth(40);
      HBox.setHgrow(link, Priority.ALWAYS);
      link.setGraphic(
          new FontIcon(
              item.target().kind() == CitationTarget.Kind.INSIGHT
                  ? Feather.ZAP
                  : Feather.MESSAGE_SQUARE));
      link.setTooltip(
          new Tooltip(
              item.label()
                  + (item.detail() == null || item.detail().isBlank() ? "" : "\n\n" + item.detail())
                  + (item.quoteWithheld()
                      ? "\n\n" + Messages.get("observations.noQuoteConsent")
                      : "")));
      if (item.quoteWithheld()) {
        FontIcon mark = new FontIcon(Feather.ALERT_TRIANGLE);
        mark.getStyleClass().add("withheld-mark");
        link.setGraphic(mark);
        link.getStyleClass().add("quote-withheld");
      }
      link.setOnAction(e -> open.accept(item.target()));
      Button remove = new Button(null, new FontIcon(Feather.X));
      remove.getStyleClass().add("chip-remove");
      remove.setTooltip(new Tooltip(Messages.get("canvas.uncite")));
      remove.setOnAction(e -> model.uncite(entry.id(), item.target()));
      HBox chip = new HBox(0, link, remove);
      chip.setAlignment(Pos.CENTER_LEFT);
      citations.getChildren().add(chip);
    }

    Label support =
        new Label(
            content.supported()
                ? Messages.get("canvas.citations", content.citations().size())
                : Messages.get("canvas.unsupported"));
    support.getStyleClass().add(content.supported() ? "supported" : "unsupported");
    support.setId(content.supported() ? "entry-supported" : "entry-unsupported");
    if (!content.supported()) {
      support.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
    }
    support.setWrapText(true);
    support.setMaxWidth(Double.MAX_VALUE);
    Button cite = Fit.whole(new Button(Messages.get("canvas.cite"), new FontIcon(Feather.LINK)));
    cite.getStyleClass().add("entry-cite");
    cite.setOnAction(e -> chooseCitation());
    Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
    delete.setTooltip(new Tooltip(Messages.get("canvas.deleteAnswer")));
    delete.getStyleClass().add("flat");
    delete.setOnAction(e -> model.deleteEntry(entry.id()));
    Fit.whole(delete);
    HBox.setHgrow(support, Priority.ALWAYS);
    HBox footer = new HBox(6, support, cite, delete);
    footer.setAlignment(Pos.CENTER_LEFT);

    getChildren().addAll(answer, citations, footer);
    if (section != CanvasSection.THINK) {
      getChildren().add(details(section, content.owner()));
    }
    acceptDrops();
  }

  private void chooseCitation() {
    // The card may be rebuilt while the list loads; the window stays.
    javafx.stage.Window owner = getScene().getWindow();
    model.citables(
        all ->
            new PickerDialog<>(
                    owner, Messages.get("canvas.citeTitle"), all, CanvasViewModel.Citable::label)
                .choose()
                .ifPresent(chosen -> model.cite(entry.id(), chosen.target())));
  }

  private void acceptDrops() {
    setOnDragOver(
        e -> {
          if (dropped(e.getDragboard()::getContent) != null) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK, TransferMode.MOVE);
          }
          e.consume();
        });
    setOnDragDropped(
        e -> {
          CitationTarget target = dropped(e.getDragboard()::getContent);
          if (target != null) {
            model.cite(entry.id(), target);
          }
          e.setDropCompleted(target != null);
          e.consume();
        });
  }

  /** What a drop cites: the insight dragged, or the first of the observations dragged; or null. */
  static CitationTarget dropped(Function<DataFormat, Object> board) {
    Optional<Long> insight = DragContent.insightId(board);
    if (insight.isPresent()) {
      return CitationTarget.insight(insight.get());
    }
    List<Long> observations = DragContent.observationIds(board);
    return observations.isEmpty() ? null : CitationTarget.observation(observations.get(0));
  }

  private TitledPane details(CanvasSection section, String owner) {
    GridPane grid = new GridPane();
    grid.setHgap(6);
    grid.setVgap(4);
    int row = 0;
    if (section == CanvasSection.PLAN) {
      grid.addRow(
          row++,
          new Label(Messages.get("canvas.objective")),
          field(entry.objective(), t -> e -> e.withObjective(t)));
      grid.addRow(
          row++,
          new Label(Messages.get("canvas.measure")),
          field(entry.measure(), t -> e -> e.withMeasure(t)));
      grid.addRow(
          row++,
          new Label(Messages.get("canvas.target")),
          field(entry.target(), t -> e -> e.withTarget(t)));
      ComboBox<Horizon> horizon = choice(Horizon.values(), entry.horizon());
      CommitOnLeave.onPick(horizon, h -> edit(e -> e.withHorizon(h)));
      grid.addRow(row++, new Label(Messages.get("canvas.horizon")), horizon);
      grid.addRow(
          row++,
          new Label(Messages.get("canvas.cost")),
          field(entry.cost(), t -> e -> e.withCost(t)));
    } else {
      grid.addRow(
          row++,
          new Label(Messages.get("canvas.cadence")),
          field(entry.cadence(), t -> e -> e.withCadence(t)));
      ComboBox<Progress> progress = choice(Progress.values(), entry.progress());
      CommitOnLeave.onPick(progress, p -> edit(e -> e.withProgress(p)));
      grid.addRow(row++, new Label(Messages.get("canvas.progress")), progress);
    }
    TextField ownerField = new TextField(owner == null ? "" : owner);
    ownerField.setPromptText(Messages.get("interviews.interviewerPrompt"));
    TeamMemberField suggesting =
        new TeamMemberField(
            ownerField,
            model::membersMatching,
            () -> owner == null ? "" : owner,
            name -> model.setEntryOwner(entry, name));
    grid.addRow(row, new Label(Messages.get("canvas.owner")), suggesting.node());
    grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), grow());
    TitledPane pane =
        new TitledPane(
            Messages.get(
                section == CanvasSection.PLAN ? "canvas.planDetails" : "canvas.doDetails",
                summary(section)),
            grid);
    pane.setExpanded(false);
    pane.getStyleClass().add("dense");
    return pane;
  }

  private String summary(CanvasSection section) {
    if (section == CanvasSection.PLAN) {
      return entry.horizon() == null ? "" : "· " + Messages.of(entry.horizon());
    }
    return entry.progress() == null ? "" : "· " + Messages.of(entry.progress());
  }

  private static javafx.scene.layout.ColumnConstraints grow() {
    javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
    c.setHgrow(Priority.ALWAYS);
    return c;
  }

  private TextField field(String value, Function<String, UnaryOperator<CanvasEntry>> change) {
    TextField field = new TextField(value == null ? "" : value);
    CommitOnLeave.text(
        field,
        () -> value == null ? "" : value,
        text -> edit(change.apply(text.isBlank() ? null : text)));
    return field;
  }

  private static <T extends Enum<T>> ComboBox<T> choice(T[] values, T current) {
    ComboBox<T> box = new ComboBox<>();
    box.getItems().setAll(values);
    box.setValue(current);
    box.setConverter(Labels.converter((T value) -> value == null ? "" : Messages.of(value)));
    return box;
  }

  private void edit(UnaryOperator<CanvasEntry> change) {
    CanvasEntry after = change.apply(entry);
    if (!after.equals(entry)) {
      model.updateEntry(after);
    }
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }
}
