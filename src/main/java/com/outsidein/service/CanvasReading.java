package com.outsidein.service;

import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasContent;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasPrompt;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.CitedItem;
import com.outsidein.domain.EntryContent;
import com.outsidein.domain.FrozenCitation;
import com.outsidein.domain.FrozenEntry;
import com.outsidein.domain.Insight;
import com.outsidein.domain.Observation;
import com.outsidein.domain.PromptContent;
import com.outsidein.domain.Quotes;
import com.outsidein.store.Tx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a canvas whole, and turns it into text for freezing and comparing. */
final class CanvasReading {

  private CanvasReading() {}

  static CanvasContent content(Tx tx, long canvasId) {
    Canvas canvas = tx.canvases().byId(canvasId).orElseThrow();
    Map<Long, String> team = new HashMap<>();
    tx.teamMembers().all().forEach(m -> team.put(m.id(), m.name()));
    String scope =
        canvas.studyId() == null
            ? null
            : tx.studies().byId(canvas.studyId()).map(s -> s.title()).orElse(null);
    Map<Long, List<CanvasEntry>> entriesByPrompt = new HashMap<>();
    tx.canvases()
        .entries(canvasId)
        .forEach(e -> entriesByPrompt.computeIfAbsent(e.promptId(), k -> new ArrayList<>()).add(e));
    Map<Long, List<CitedItem>> citations = new HashMap<>();
    for (var link : tx.canvases().citationsOfCanvas(canvasId)) {
      CitationTarget target =
          link.insightId() != null
              ? CitationTarget.insight(link.insightId())
              : CitationTarget.observation(link.observationId());
      citations.computeIfAbsent(link.entryId(), k -> new ArrayList<>()).add(describe(tx, target));
    }
    List<PromptContent> prompts = new ArrayList<>();
    for (CanvasPrompt prompt : tx.canvases().prompts(canvasId)) {
      List<EntryContent> entries = new ArrayList<>();
      for (CanvasEntry entry : entriesByPrompt.getOrDefault(prompt.id(), List.of())) {
        entries.add(
            new EntryContent(
                entry,
                entry.ownerId() == null ? null : team.get(entry.ownerId()),
                citations.getOrDefault(entry.id(), List.of())));
      }
      prompts.add(new PromptContent(prompt, entries));
    }
    return new CanvasContent(
        canvas,
        scope,
        canvas.ownerId() == null ? null : team.get(canvas.ownerId()),
        prompts,
        tx.canvases().manifesto(canvasId));
  }

  /**
   * How a citation reads on the canvas: the insight's title, or the observation's quote or text.
   */
  static CitedItem describe(Tx tx, CitationTarget target) {
    if (target.kind() == CitationTarget.Kind.INSIGHT) {
      Insight insight = tx.insights().byId(target.id()).orElse(null);
      return insight == null
          ? new CitedItem(target, ServiceText.get("canvas.removedInsight"), "")
          : new CitedItem(target, insight.title(), insight.statement());
    }
    Observation observation = tx.observations().byId(target.id()).orElse(null);
    if (observation == null) {
      return new CitedItem(target, ServiceText.get("canvas.removedObservation"), "");
    }
    boolean withheld = new SpokenWords(tx).withholds(observation);
    return new CitedItem(
        target,
        quoted(observation)
            ? ServiceText.get("canvas.quoted", observation.quote())
            : observation.text(),
        observation.text(),
        withheld);
  }

  private static boolean quoted(Observation observation) {
    return observation.quote() != null && !observation.quote().isBlank();
  }

  /**
   * A citation frozen as text. An observation's also keeps its speaker and how it reads with their
   * verbatim words withheld, so that every later export can follow the consent of its day.
   */
  private static FrozenCitation frozen(Tx tx, SpokenWords spoken, CitedItem cited) {
    CitationTarget target = cited.target();
    String text = citedText(cited.label(), cited.detail());
    Observation observation =
        target.kind() == CitationTarget.Kind.OBSERVATION
            ? tx.observations().byId(target.id()).orElse(null)
            : null;
    if (observation == null || observation.speakerId() == null) {
      return new FrozenCitation(target.kind(), target.id(), text);
    }
    String detail = Quotes.textForExport(observation.text(), spoken.in(observation), false);
    String label = quoted(observation) ? Quotes.WITHHELD : detail;
    return new FrozenCitation(
        target.kind(), target.id(), text, observation.speakerId(), citedText(label, detail));
  }

  private static String citedText(String label, String detail) {
    return detail == null || detail.isBlank() ? label : label + " — " + detail;
  }

  static List<FrozenEntry> frozen(Tx tx, CanvasContent content) {
    SpokenWords spoken = new SpokenWords(tx);
    List<FrozenEntry> frozen = new ArrayList<>();
    for (PromptContent prompt : content.prompts()) {
      int order = 0;
      for (EntryContent e : prompt.entries()) {
        CanvasEntry entry = e.entry();
        List<FrozenCitation> citations =
            e.citations().stream().map(c -> frozen(tx, spoken, c)).toList();
        frozen.add(
            new FrozenEntry(
                entry.id(),
                prompt.prompt().section(),
                prompt.prompt().text(),
                prompt.prompt().sortOrder(),
                ++order,
                entry.answer(),
                entry.objective(),
                entry.measure(),
                entry.target(),
                entry.horizon(),
                entry.cost(),
                e.owner(),
                entry.cadence(),
                entry.progress(),
                citations));
      }
    }
    return frozen;
  }
}
