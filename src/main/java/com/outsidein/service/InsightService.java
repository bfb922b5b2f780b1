package com.outsidein.service;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.EvidenceLink;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightSummary;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Insights and the observations that are their evidence; every change can be undone. */
public final class InsightService {

  /** The longest title and statement the fields hold (the columns' sizes). */
  public static final int MAX_TITLE = 300;

  public static final int MAX_STATEMENT = 20_000;

  private final Writes writes;

  InsightService(Writes writes) {
    this.writes = writes;
  }

  public List<InsightSummary> summaries() {
    return writes.read(tx -> tx.insights().summaries());
  }

  /** These insights with their evidence's strength; an id no longer there is left out. */
  public List<InsightSummary> summaries(Collection<Long> insightIds) {
    List<Long> ids = List.copyOf(insightIds);
    return ids.isEmpty() ? List.of() : writes.read(tx -> tx.insights().summaries(ids));
  }

  /** The ids of the insights whose evidence holds one of these observations. */
  public List<Long> restingOn(Collection<Long> observationIds) {
    List<Long> ids = List.copyOf(observationIds);
    return ids.isEmpty() ? List.of() : writes.read(tx -> tx.insights().idsRestingOn(ids));
  }

  public Optional<Insight> get(long insightId) {
    return writes.read(tx -> tx.insights().byId(insightId));
  }

  /** The insight's evidence in its order, each with who it came from and where. */
  public List<AttributedObservation> evidence(long insightId) {
    return writes.read(tx -> tx.attributedObservations().evidenceOf(insightId));
  }

  /** Adds an insight resting on the given observations, in one transaction. */
  public Insight create(Insight insight, List<Long> evidence) {
    check(insight);
    List<Long> ids = List.copyOf(evidence);
    return writes.undoable(
        ServiceText.get("undo.addInsight"),
        tx -> {
          Insight inserted = tx.insights().insert(insight);
          tx.insights().addEvidence(inserted.id(), ids);
          AtomicReference<InsightSnapshot> latest =
              new AtomicReference<>(InsightSnapshot.take(tx, inserted.id()));
          return Performed.of(
              inserted,
              undo -> {
                latest.set(InsightSnapshot.take(undo, inserted.id()));
                InsightSnapshot.delete(undo, inserted.id());
              },
              redo -> latest.get().restore(redo));
        },
        created -> announced(created.id()));
  }

  /** Changes an insight's title, statement, facet, stage, confidence, impact or status. */
  public void update(Insight insight) {
    check(insight);
    writes.undoable(
        ServiceText.get("undo.editInsight"),
        tx -> {
          Insight before = tx.insights().byId(insight.id()).orElseThrow();
          tx.insights().update(insight);
          return Performed.of(
              null,
              undo -> undo.insights().update(before),
              redo -> redo.insights().update(insight));
        },
        none -> announced(insight.id()));
  }

  /** Adds observations to an insight's evidence, after what it has; ones it has already stay. */
  public void addEvidence(long insightId, Collection<Long> observationIds) {
    List<Long> ids = List.copyOf(observationIds);
    writes.undoable(
        ids.size() == 1
            ? ServiceText.get("undo.addEvidence.one")
            : ServiceText.get("undo.addEvidence.many", ids.size()),
        tx -> {
          List<Long> present = tx.insights().evidenceIds(insightId);
          List<Long> added = ids.stream().distinct().filter(id -> !present.contains(id)).toList();
          tx.insights().addEvidence(insightId, added);
          List<EvidenceLink> links = links(tx, insightId, added);
          return Performed.of(
              null,
              undo -> added.forEach(id -> undo.insights().removeEvidence(insightId, id)),
              redo -> links.forEach(redo.insights()::restoreEvidence));
        },
        none -> announced(insightId));
  }

  /** Takes observations out of an insight's evidence (the observations themselves stay). */
  public void removeEvidence(long insightId, Collection<Long> observationIds) {
    List<Long> ids = List.copyOf(observationIds);
    writes.undoable(
        ids.size() == 1
            ? ServiceText.get("undo.removeEvidence.one")
            : ServiceText.get("undo.removeEvidence.many", ids.size()),
        tx -> {
          List<EvidenceLink> removed = links(tx, insightId, ids);
          removed.forEach(link -> tx.insights().removeEvidence(insightId, link.observationId()));
          return Performed.of(
              null,
              undo -> removed.forEach(undo.insights()::restoreEvidence),
              redo ->
                  removed.forEach(
                      link -> redo.insights().removeEvidence(insightId, link.observationId())));
        },
        none -> announced(insightId));
  }

  /** Deletes an insight with its evidence links and the canvas citations of it. */
  public void delete(long insightId) {
    writes.undoable(
        ServiceText.get("undo.deleteInsight"),
        tx -> {
          InsightSnapshot deleted = InsightSnapshot.take(tx, insightId);
          InsightSnapshot.delete(tx, insightId);
          return Performed.of(
              null, deleted::restore, redo -> InsightSnapshot.delete(redo, insightId));
        },
        none ->
            List.of(
                new WorkspaceEvents.Change(Topic.INSIGHTS, Set.of(insightId)),
                WorkspaceEvents.Change.any(Topic.CANVASES)));
  }

  /** What a change to one insight announces: that insight, by id. */
  private static List<WorkspaceEvents.Change> announced(long insightId) {
    return List.of(new WorkspaceEvents.Change(Topic.INSIGHTS, Set.of(insightId)));
  }

  private static List<EvidenceLink> links(Tx tx, long insightId, List<Long> observationIds) {
    List<EvidenceLink> links = new ArrayList<>();
    for (Long id : observationIds) {
      tx.insights().evidenceOfObservation(id).stream()
          .filter(link -> link.insightId() == insightId)
          .forEach(links::add);
    }
    return links;
  }

  private static void check(Insight insight) {
    Require.text(insight.title(), ServiceText.get("field.title"));
    Require.maxLength(insight.title().trim(), MAX_TITLE, ServiceText.get("field.title"));
    Require.maxLength(insight.statement(), MAX_STATEMENT, ServiceText.get("field.statement"));
  }
}
