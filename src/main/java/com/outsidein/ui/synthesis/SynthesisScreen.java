package com.outsidein.ui.synthesis;

import com.outsidein.domain.Dimension;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Study;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Labels;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Navigator;
import com.outsidein.ui.Screen;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The cross-cuts that make the workbench: code × any dimension, the say–do gaps, the journey map
 * and charts, for one study or all; the observations behind any cell beside them.
 */
public final class SynthesisScreen implements Screen {

  private final SynthesisViewModel model;
  private final BorderPane root = new BorderPane();

  public SynthesisScreen(SynthesisViewModel model, Navigator navigator) {
    this.model = model;
    TabPane tabs = new TabPane();
    tabs.setId("synthesis-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getTabs()
        .addAll(
            tab("synthesis.tab.sayDo", "tab-say-do", new SayDoView(model).node()),
            tab(
                "synthesis.tab.matrix",
                "tab-matrix",
                withBar(matrixBar(), new MatrixView(model).node())),
            tab(
                "synthesis.tab.journey",
                "tab-journey",
                withBar(journeyBar(), new JourneyMapView(model).node())),
            tab("synthesis.tab.charts", "tab-charts", new ChartsView(model).node()));
    Node cells = new CellObservationsPane(model, navigator).node();
    SplitPane split = new SplitPane(tabs, cells);
    split.setDividerPositions(0.72);
    SplitPane.setResizableWithParent(cells, false);
    // The observations behind a cell sit beside the views that have cells (matrix and journey
    // map) once a cell is opened, so the views have the whole width until then.
    Runnable showCells =
        () -> {
          int tab = tabs.getSelectionModel().getSelectedIndex();
          boolean show = (tab == 1 || tab == 2) && !model.cellTitleProperty().get().isEmpty();
          if (show && !split.getItems().contains(cells)) {
            split.getItems().add(cells);
            split.setDividerPositions(0.72);
          } else if (!show) {
            split.getItems().remove(cells);
          }
        };
    tabs.getSelectionModel()
        .selectedIndexProperty()
        .addListener((obs, old, index) -> showCells.run());
    model.cellTitleProperty().addListener((obs, old, title) -> showCells.run());
    showCells.run();
    root.setTop(studyBar());
    root.setCenter(split);
  }

  private static Tab tab(String key, String id, Node content) {
    Tab tab = new Tab(Messages.get(key), content);
    tab.setId(id);
    return tab;
  }

  private static Node withBar(Node bar, Node content) {
    BorderPane pane = new BorderPane(content);
    pane.setTop(bar);
    return pane;
  }

  private ToolBar studyBar() {
    ComboBox<Choice<Study>> study = new ComboBox<>(model.studies());
    study.setId("synthesis-study");
    study.valueProperty().bindBidirectional(model.studyProperty());
    Label label = new Label(Messages.get("synthesis.study"));
    label.getStyleClass().add("text-muted");
    Label hint = new Label(Messages.get("synthesis.hint"));
    hint.getStyleClass().add("text-muted");
    ToolBar bar = new ToolBar(label, study, hint);
    bar.setPadding(new Insets(6, 10, 6, 10));
    return bar;
  }

  private HBox matrixBar() {
    ComboBox<Dimension> dimension = new ComboBox<>();
    dimension.setId("matrix-dimension");
    dimension.getItems().setAll(SynthesisViewModel.MATRIX_DIMENSIONS);
    dimension.setConverter(Labels.converter(Messages::of));
    dimension.valueProperty().bindBidirectional(model.matrixDimensionProperty());
    ComboBox<ObservationKind> kind = new ComboBox<>();
    kind.setId("matrix-kind");
    kind.getItems().setAll(SynthesisViewModel.KINDS);
    kind.setConverter(
        Labels.converter(k -> k == null ? Messages.get("filter.allKinds") : Messages.of(k)));
    kind.valueProperty().bindBidirectional(model.matrixKindProperty());
    return bar(
        new Label(Messages.get("synthesis.codesBy")),
        dimension,
        new Label(Messages.get("synthesis.kind")),
        kind);
  }

  private HBox journeyBar() {
    ComboBox<Dimension> rows = new ComboBox<>();
    rows.setId("journey-rows");
    rows.getItems().setAll(SynthesisViewModel.JOURNEY_ROWS);
    rows.setConverter(Labels.converter(Messages::of));
    rows.valueProperty().bindBidirectional(model.journeyRowsProperty());
    return bar(new Label(Messages.get("synthesis.journeyRows")), rows);
  }

  private static HBox bar(Node... nodes) {
    HBox bar = new HBox(8, nodes);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8, 12, 0, 12));
    return bar;
  }

  @Override
  public Node node() {
    return root;
  }

  /** The view model loads and refreshes itself. */
  @Override
  public void close() {
    model.close();
  }
}
