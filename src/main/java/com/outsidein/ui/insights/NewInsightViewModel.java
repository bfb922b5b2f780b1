package com.outsidein.ui.insights;

import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.service.InsightService;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new insight as the New insight dialog asks for it: title, statement and facet, in a given study
 * and resting on given observations (none for an insight made on the board). It starts as a draft,
 * a mystery, of low confidence and medium impact.
 */
public final class NewInsightViewModel {

  private final InsightService insights;
  private final Commands commands;
  private final Long studyId;
  private final List<Long> evidence;
  private final Consumer<Insight> created;
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty statement = new SimpleStringProperty("");
  private final ObjectProperty<Facet> facet = new SimpleObjectProperty<>(Facet.WHAT_THEY_WANT);
  private final BooleanBinding canCreate =
      Bindings.createBooleanBinding(
          () -> title.get() != null && !title.get().isBlank() && facet.get() != null, title, facet);

  /**
   * @param studyId the study the insight goes in (null: none in particular)
   * @param evidence the observations it rests on, in order
   * @param created gets the insight once it is made (on the UI thread)
   */
  public NewInsightViewModel(
      InsightService insights,
      Commands commands,
      Long studyId,
      Collection<Long> evidence,
      Consumer<Insight> created) {
    this.insights = insights;
    this.commands = commands;
    this.studyId = studyId;
    this.evidence = List.copyOf(evidence);
    this.created = created;
  }

  /** What the insight will rest on, such as "From 2 selected observations". */
  public String header() {
    return evidence.isEmpty()
        ? Messages.get("insight.newEmptyHeader")
        : Messages.get("insight.newFromSelection", evidence.size());
  }

  public StringProperty titleProperty() {
    return title;
  }

  public StringProperty statementProperty() {
    return statement;
  }

  public ObjectProperty<Facet> facetProperty() {
    return facet;
  }

  /** Whether there is enough to make the insight: a title that is not blank, and a facet. */
  public BooleanBinding canCreateProperty() {
    return canCreate;
  }

  /** The insight as typed so far. */
  public Insight draft() {
    return new Insight(
        0,
        studyId,
        title.get() == null ? "" : title.get().trim(),
        statement.get() == null ? "" : statement.get().trim(),
        facet.get(),
        KnowledgeStage.MYSTERY,
        Level.LOW,
        Level.MEDIUM,
        InsightStatus.DRAFT);
  }

  /** Makes the insight with its evidence (one change, undone at once); nothing while incomplete. */
  public void create() {
    if (!canCreate.get()) {
      return;
    }
    Insight draft = draft();
    commands.run(
        Messages.get("insight.createFailed"), () -> insights.create(draft, evidence), created);
  }
}
