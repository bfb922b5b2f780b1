package com.outsidein.ui.insights;

import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.Study;
import com.outsidein.ui.Choice;
import com.outsidein.ui.CommitOnLeave;
import com.outsidein.ui.Labels;
import com.outsidein.ui.Messages;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected insight's title, statement, facet, knowledge stage, confidence, impact, status and
 * study. Each field is saved when the person leaves it or picks a value; every save can be undone.
 */
final class InsightEditor {

  private final InsightBoardViewModel model;
  private final TextField title = new TextField();
  private final TextArea statement = new TextArea();
  private final ComboBox<Facet> facet = box(Facet.values());
  private final ComboBox<KnowledgeStage> stage = box(KnowledgeStage.values());
  private final ComboBox<Level> confidence = box(Level.values());
  private final ComboBox<Level> impact = box(Level.values());
  private final ComboBox<InsightStatus> status = box(InsightStatus.values());
  private final ComboBox<Choice<Study>> study = new ComboBox<>();
  private final Label strength = new Label();

  private final VBox root;

  InsightEditor(InsightBoardViewModel model) {
    this.model = model;
    title.setId("insight-title");
    title.getStyleClass().add("title-field");
    title.setPromptText(Messages.get("insight.titlePrompt"));
    statement.setId("insight-statement");
    statement.setPromptText(Messages.get("insight.statementPrompt"));
    statement.setWrapText(true);
    statement.setPrefRowCount(3);
    facet.setId("insight-facet");
    stage.setId("insight-stage");
    confidence.setId("insight-confidence");
    impact.setId("insight-impact");
    status.setId("insight-status");
    study.setId("insight-study-of");
    strength.setId("insight-strength");
    strength.getStyleClass().add("text-muted");
    strength.setWrapText(true);

    CommitOnLeave.text(
        title,
        () -> insight() == null ? "" : insight().title(),
        text -> edit(i -> i.withTitle(text)));
    CommitOnLeave.text(
        statement,
        () -> insight() == null ? "" : insight().statement(),
        text -> edit(i -> i.withStatement(text)));
    CommitOnLeave.onPick(facet, v -> edit(i -> i.withFacet(v)));
    CommitOnLeave.onPick(stage, v -> edit(i -> i.withKnowledgeStage(v)));
    CommitOnLeave.onPick(confidence, v -> edit(i -> i.withConfidence(v)));
    CommitOnLeave.onPick(impact, v -> edit(i -> i.withImpact(v)));
    CommitOnLeave.onPick(status, v -> edit(i -> i.withStatus(v)));
    CommitOnLeave.onPick(
        study,
        v -> {
          if (v != null) {
            edit(i -> i.withStudy(v.isAll() ? null : v.value().id()));
          }
        });
    model.studies().addListener((ListChangeListener<Choice<Study>>) c -> listStudies());
    listStudies();

    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    grid.getColumnConstraints().addAll(half, half);
    grid.add(field("insights.facet", facet), 0, 0, 2, 1);
    grid.add(field("insights.stage", stage), 0, 1);
    grid.add(field("insights.status", status), 1, 1);
    grid.add(field("insights.confidence", confidence), 0, 2);
    grid.add(field("insights.impact", impact), 1, 2);
    grid.add(field("insight.study", study), 0, 3, 2, 1);
    strength.setMinHeight(Region.USE_PREF_SIZE);
    root = new VBox(10, title, strength, statement, grid);
    model.selectedProperty().addListener((obs, old, now) -> show(now));
    show(model.selectedProperty().get());
  }

  Node node() {
    return root;
  }

  private Insight insight() {
    InsightSummary s = model.selectedProperty().get();
    return s == null ? null : s.insight();
  }

  private void edit(UnaryOperator<Insight> change) {
    Insight before = insight();
    if (before == null) {
      return;
    }
    Insight after = change.apply(before);
    if (after.title().isBlank()) {
      title.setText(before.title());
      return;
    }
    if (!after.equals(before)) {
      model.save(after);
    }
  }

  private void show(InsightSummary summary) {
    root.setDisable(summary == null);
    if (summary == null) {
      title.setText("");
      statement.setText("");
      strength.setText("");
      return;
    }
    Insight i = summary.insight();
    if (!title.isFocused()) {
      title.setText(i.title());
    }
    if (!statement.isFocused()) {
      statement.setText(i.statement());
    }
    facet.setValue(i.facet());
    stage.setValue(i.knowledgeStage());
    confidence.setValue(i.confidence());
    impact.setValue(i.impact());
    status.setValue(i.status());
    showStudy(i.studyId());
    strength.setText(
        Messages.get("insights.strength", summary.evidence(), summary.people(), summary.accounts())
            + (summary.restsOnOnePerson() ? " \u2014 " + Messages.get("insight.onePerson") : ""));
  }

  /**
   * The studies an insight can belong to: the board's list, with "no study" for "all". The value is
   * emptied first, so replacing the items never passes through another study (an empty value is
   * never saved), and is then the insight's own study again (which saves nothing, being unchanged).
   */
  private void listStudies() {
    study.setValue(null);
    study
        .getItems()
        .setAll(
            model.studies().stream()
                .map(c -> c.isAll() ? Choice.<Study>all(Messages.get("insight.noStudy")) : c)
                .toList());
    Insight shown = insight();
    showStudy(shown == null ? null : shown.studyId());
  }

  /** Shows the insight's study: the same study as the insight has, so the pick saves nothing. */
  private void showStudy(Long studyId) {
    study.setValue(
        study.getItems().stream()
            .filter(c -> c.isAll() ? studyId == null : studyId != null && c.value().id() == studyId)
            .findFirst()
            .orElse(null));
  }

  private static VBox field(String key, ComboBox<?> box) {
    Label label = new Label(Messages.get(key));
    label.getStyleClass().add("text-muted");
    box.setMaxWidth(Double.MAX_VALUE);
    return new VBox(3, label, box);
  }

  @SafeVarargs
  private static <E extends Enum<E>> ComboBox<E> box(E... values) {
    ComboBox<E> box = new ComboBox<>();
    box.getItems().setAll(values);
    box.setConverter(Labels.converter(Messages::of));
    return box;
  }
}
