package com.outsidein.ui.synthesis;

import com.outsidein.domain.CodeMatrix;
import com.outsidein.domain.SayDoRow;
import com.outsidein.ui.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * Two charts that follow the filters: how often the most used codes come up in each segment, and
 * what people say they do against what they were seen to do.
 */
final class ChartsView {

  /** How many codes the frequency chart shows (the most used ones). */
  static final int TOP_CODES = 12;

  private final StackedBarChart<String, Number> frequency =
      new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
  private final BarChart<String, Number> sayDo =
      new BarChart<>(new CategoryAxis(), new NumberAxis());
  private final ScrollPane root;

  ChartsView(SynthesisViewModel model) {
    frequency.setId("code-frequency-chart");
    frequency.setTitle(Messages.get("synthesis.frequencyChart"));
    frequency.getYAxis().setLabel(Messages.get("synthesis.observations"));
    frequency.setAnimated(false);
    frequency.setMinHeight(360);
    sayDo.setId("say-do-chart");
    sayDo.setTitle(Messages.get("synthesis.sayDoChart"));
    sayDo.getYAxis().setLabel(Messages.get("synthesis.meanSentiment"));
    NumberAxis sentiment = (NumberAxis) sayDo.getYAxis();
    sentiment.setAutoRanging(false);
    sentiment.setLowerBound(-2);
    sentiment.setUpperBound(2);
    sentiment.setTickUnit(1);
    sayDo.setAnimated(false);
    sayDo.setMinHeight(320);
    VBox charts = new VBox(16, frequency, sayDo);
    charts.setPadding(new Insets(12));
    root = new ScrollPane(charts);
    root.setFitToWidth(true);
    root.getStyleClass().add("edge-to-edge");
    model
        .loadedProperty()
        .addListener(
            (obs, old, now) -> {
              showFrequency(now == null ? null : now.bySegment());
              showSayDo(now == null ? List.of() : now.sayDo());
            });
  }

  Node node() {
    return root;
  }

  private void showFrequency(CodeMatrix matrix) {
    frequency.getData().clear();
    if (matrix == null) {
      return;
    }
    List<CodeMatrix.Row> top =
        matrix.rows().stream()
            .filter(r -> r.total() > 0)
            .sorted(Comparator.comparingInt(CodeMatrix.Row::total).reversed())
            .limit(TOP_CODES)
            .toList();
    List<String> names = categories(top.stream().map(CodeMatrix.Row::path).toList());
    ((CategoryAxis) frequency.getXAxis()).getCategories().setAll(names);
    for (int c = 0; c < matrix.columns().size(); c++) {
      int column = c;
      if (top.stream().allMatch(r -> r.counts().get(column) == 0)) {
        continue;
      }
      XYChart.Series<String, Number> series = new XYChart.Series<>();
      String name = matrix.columns().get(c).name();
      series.setName(name == null ? Messages.get("synthesis.notSet") : name);
      for (int r = 0; r < top.size(); r++) {
        series.getData().add(new XYChart.Data<>(names.get(r), top.get(r).counts().get(column)));
      }
      frequency.getData().add(series);
    }
  }

  private void showSayDo(List<SayDoRow> rows) {
    sayDo.getData().clear();
    List<SayDoRow> both =
        rows.stream().filter(r -> r.meanDoes() != null && r.meanSaysTheyDo() != null).toList();
    List<String> names = categories(both.stream().map(SayDoRow::path).toList());
    ((CategoryAxis) sayDo.getXAxis()).getCategories().setAll(names);
    XYChart.Series<String, Number> say = new XYChart.Series<>();
    say.setName(Messages.get("synthesis.saysTheyDo"));
    XYChart.Series<String, Number> does = new XYChart.Series<>();
    does.setName(Messages.get("synthesis.does"));
    for (int r = 0; r < both.size(); r++) {
      say.getData().add(new XYChart.Data<>(names.get(r), both.get(r).meanSaysTheyDo()));
      does.getData().add(new XYChart.Data<>(names.get(r), both.get(r).meanDoes()));
    }
    sayDo.getData().add(say);
    sayDo.getData().add(does);
  }

  /**
   * What a chart calls each code: the last part of its path, or the whole path where two codes end
   * alike (a category axis refuses a name twice).
   */
  static List<String> categories(List<String> paths) {
    Map<String, Long> leaves =
        paths.stream().collect(Collectors.groupingBy(ChartsView::leaf, Collectors.counting()));
    return paths.stream().map(p -> leaves.get(leaf(p)) > 1 ? p : leaf(p)).toList();
  }

  private static String leaf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
