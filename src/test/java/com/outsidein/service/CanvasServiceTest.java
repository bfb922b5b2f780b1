package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasComparison;
import com.outsidein.domain.CanvasContent;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasPrompt;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CanvasTemplate;
import com.outsidein.domain.CanvasVersion;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.Code;
import com.outsidein.domain.Facet;
import com.outsidein.domain.FrozenEntry;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Study;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanvasServiceTest {

  @TempDir Path folder;
  private WorkspaceSession session;
  private Study study;
  private Canvas canvas;

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("canvas"));
    study = session.studies().create(Study.titled("Renewals"));
    canvas = session.canvases().create(new Canvas(0, "Our plan", null, null, CanvasStatus.DRAFT));
  }

  @AfterEach
  void close() {
    session.close();
  }

  private CanvasPrompt prompt(int index) {
    return session.canvases().prompts(canvas.id()).get(index);
  }

  private Observation observation(String text, Long... codes) {
    return session
        .observations()
        .create(
            new Observation(
                0,
                study.id(),
                null,
                null,
                text,
                "“" + text + "”",
                ObservationKind.SAYS,
                null,
                null,
                null,
                1,
                null,
                null),
            List.of(codes));
  }

  private Insight insight(String title, Long... evidence) {
    return session
        .insights()
        .create(
            new Insight(
                0,
                study.id(),
                title,
                "Because.",
                Facet.PROBLEMS,
                KnowledgeStage.HEURISTIC,
                Level.MEDIUM,
                Level.HIGH,
                InsightStatus.DRAFT),
            List.of(evidence));
  }

  @Test
  void aNewCanvasHasTheTwentyOnePromptsInOrder() {
    List<String> expected = new ArrayList<>();
    for (CanvasSection section : CanvasSection.values()) {
      expected.addAll(CanvasTemplate.PROMPTS.get(section));
    }
    assertThat(session.canvases().prompts(canvas.id()))
        .extracting(CanvasPrompt::text)
        .containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(21);
  }

  @Test
  void citationsSurviveACodeMergeAndGoWithADeletedObservationUntilUndo() {
    Code a = session.codebook().ensurePath("Billing/Late invoices");
    Code b = session.codebook().ensurePath("Billing/Invoice delays");
    Observation cited = observation("Invoices are always late", a.id());
    CanvasEntry entry =
        session
            .canvases()
            .addEntry(
                CanvasEntry.answer(prompt(0).id(), "Trust in billing is low"),
                List.of(CitationTarget.observation(cited.id())));

    session.codebook().merge(a.id(), b.id());
    assertThat(session.canvases().citations(entry.id()))
        .containsExactly(CitationTarget.observation(cited.id()));

    session.observations().delete(List.of(cited.id()));
    assertThat(session.canvases().citations(entry.id())).isEmpty();
    assertThat(session.canvases().content(canvas.id()).entriesSupported()).isZero();

    session.history().undo();
    assertThat(session.canvases().citations(entry.id()))
        .containsExactly(CitationTarget.observation(cited.id()));
  }

  @Test
  void completenessCountsAnsweredPromptsAndSupportedEntries() {
    Insight why = insight("Billing erodes trust");
    session
        .canvases()
        .addEntry(
            CanvasEntry.answer(prompt(0).id(), "They find us slow"),
            List.of(CitationTarget.insight(why.id())));
    session.canvases().addEntry(CanvasEntry.answer(prompt(0).id(), "And expensive"), List.of());
    session
        .canvases()
        .addEntry(
            CanvasEntry.answer(prompt(8).id(), "Cut invoice delays"),
            List.of(CitationTarget.insight(why.id())));
    session.canvases().addEntry(CanvasEntry.answer(prompt(15).id(), "   "), List.of());

    CanvasContent content = session.canvases().content(canvas.id());

    assertThat(content.prompts()).hasSize(21);
    assertThat(content.promptsAnswered()).isEqualTo(2);
    assertThat(content.entries()).isEqualTo(4);
    assertThat(content.entriesSupported()).isEqualTo(2);
    var summary = session.canvases().summaries().get(0);
    assertThat(summary.promptsAnswered()).isEqualTo(2);
    assertThat(summary.entriesSupported()).isEqualTo(2);
  }

  @Test
  void aFrozenVersionStaysAsItWasAndTheComparisonListsWhatChanged() {
    Observation quote = observation("Renewal paperwork takes weeks");
    Insight why = insight("Renewals are slow");
    CanvasEntry kept =
        session
            .canvases()
            .addEntry(
                CanvasEntry.answer(prompt(0).id(), "Slow renewals annoy them"),
                List.of(CitationTarget.observation(quote.id()), CitationTarget.insight(why.id())));
    CanvasEntry dropped =
        session.canvases().addEntry(CanvasEntry.answer(prompt(1).id(), "Paper forms"), List.of());
    CanvasVersion version = session.canvases().freeze(canvas.id(), "Before the offsite");
    List<FrozenEntry> frozen = session.canvases().versionEntries(version.id());

    session
        .canvases()
        .updateEntry(
            new CanvasEntry(
                kept.id(),
                kept.promptId(),
                "Slow renewals make them look elsewhere",
                kept.sortOrder(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    session.canvases().deleteEntry(dropped.id());
    session.canvases().addEntry(CanvasEntry.answer(prompt(2).id(), "Renewal NPS fell"), List.of());
    session.observations().delete(List.of(quote.id()));

    assertThat(session.canvases().versionEntries(version.id())).isEqualTo(frozen);
    assertThat(frozen.get(0).citationTexts())
        .anyMatch(t -> t.contains("Renewal paperwork takes weeks"));

    List<CanvasComparison.Change> changes =
        session.canvases().compare(canvas.id(), version.id(), null);
    assertThat(changes)
        .extracting(CanvasComparison.Change::kind)
        .containsExactlyInAnyOrder(
            CanvasComparison.Change.Kind.CHANGED,
            CanvasComparison.Change.Kind.REMOVED,
            CanvasComparison.Change.Kind.ADDED);
    assertThat(changes)
        .filteredOn(c -> c.kind() == CanvasComparison.Change.Kind.CHANGED)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.after().answer()).isEqualTo("Slow renewals make them look elsewhere"));
  }

  @Test
  void promptsCanBeAddedReorderedAndRemovedAndEveryChangeUndone() {
    CanvasPrompt added =
        session.canvases().addPrompt(canvas.id(), CanvasSection.THINK, "What do partners say?");
    session.canvases().movePrompt(added.id(), -7);
    assertThat(session.canvases().prompts(canvas.id()).get(0).text())
        .isEqualTo("What do partners say?");
    session.canvases().addEntry(CanvasEntry.answer(added.id(), "They resell less"), List.of());
    session.canvases().deletePrompt(added.id());
    assertThat(session.canvases().prompts(canvas.id())).hasSize(21);

    session.history().undo();
    assertThat(session.canvases().content(canvas.id()).prompts().get(0).entries()).hasSize(1);
    session.history().undo();
    session.history().undo();
    session.history().undo();
    assertThat(session.canvases().prompts(canvas.id()))
        .hasSize(21)
        .extracting(CanvasPrompt::text)
        .doesNotContain("What do partners say?");
  }
}
