package com.outsidein.service;

import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasPrompt;
import com.outsidein.domain.CanvasVersion;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.EvidenceItem;
import com.outsidein.domain.FrozenCitation;
import com.outsidein.domain.FrozenEntry;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.PersonSummary;
import com.outsidein.domain.ReportCanvas;
import com.outsidein.domain.ReportCode;
import com.outsidein.domain.ReportCounts;
import com.outsidein.domain.ReportInsight;
import com.outsidein.domain.ReportInterview;
import com.outsidein.domain.ReportObservation;
import com.outsidein.domain.StudySummary;
import com.outsidein.domain.TeamMember;
import com.outsidein.store.ReportQueries;
import com.outsidein.store.Tx;
import com.outsidein.store.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * What a report reads from the workspace, for one study (studyId) or every study (null). A study's
 * scope holds its interviews and observations, the people in them, its insights and those of no
 * study that cite it, and its canvases and those over every study.
 */
public final class ReportService {

  /** How many observations {@link #forEachObservationPage} reads at a time. */
  public static final int PAGE_SIZE = 2_000;

  private final Workspace workspace;

  ReportService(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The studies in scope with their owners and counts, as the study list orders them. */
  public List<StudySummary> studies(Long studyId) {
    return workspace.read(tx -> tx.studies().summaries()).stream()
        .filter(s -> studyId == null || s.study().id() == studyId)
        .toList();
  }

  /** How many observations a report of the study (null: every study) lists. */
  public int observationCount(Long studyId) {
    return workspace.read(tx -> tx.reports().observationCount(studyId));
  }

  public ReportCounts counts(Long studyId) {
    return workspace.read(
        tx -> {
          List<PersonSummary> people = tx.reports().people(studyId);
          return new ReportCounts(
              tx.reports().interviewCount(studyId),
              tx.reports().observationCount(studyId),
              people.size(),
              ReportCounts.accountsOf(people),
              tx.reports().codesUsed(studyId),
              tx.reports().insightIds(studyId).size(),
              tx.reports().canvasIds(studyId).size(),
              tx.reports().withheldQuoteCount(studyId));
        });
  }

  public List<ReportInterview> interviews(Long studyId) {
    return workspace.read(tx -> tx.reports().interviews(studyId));
  }

  /**
   * Hands the observations in scope to {@code page}, {@link #PAGE_SIZE} at a time, in id order.
   * Each page is read in its own short transaction, and the next one is read while {@code page}
   * handles this one (on {@code readAhead}), so at most two pages are in memory. An exception
   * thrown by {@code page} stops the reading and is passed on.
   */
  public void forEachObservationPage(
      Long studyId, Executor readAhead, Consumer<List<ReportObservation>> page) {
    forEachObservationPage(studyId, PAGE_SIZE, readAhead, page);
  }

  public void forEachObservationPage(
      Long studyId, int pageSize, Executor readAhead, Consumer<List<ReportObservation>> page) {
    record Context(CodeTree tree, ReportQueries.Names names) {}
    Context context =
        workspace.read(tx -> new Context(new CodeTree(tx.codes().all()), tx.reports().names()));
    LongFunction<List<ReportObservation>> pageAfter =
        after ->
            workspace.read(
                tx ->
                    withVerbatim(
                        tx,
                        tx.reports()
                            .observations(
                                studyId, after, pageSize, context.tree(), context.names())));
    List<ReportObservation> rows = pageAfter.apply(0);
    while (!rows.isEmpty()) {
      boolean more = rows.size() == pageSize;
      long last = rows.get(rows.size() - 1).id();
      CompletableFuture<List<ReportObservation>> next =
          more ? CompletableFuture.supplyAsync(() -> pageAfter.apply(last), readAhead) : null;
      try {
        page.accept(rows);
      } catch (RuntimeException e) {
        if (next != null) {
          next.cancel(false);
        }
        throw e;
      }
      rows = next == null ? List.of() : Futures.joined(next);
    }
  }

  /** The rows, with the verbatim words found where their speaker does not allow quotes. */
  private static List<ReportObservation> withVerbatim(Tx tx, List<ReportObservation> rows) {
    SpokenWords spoken = new SpokenWords(tx);
    List<ReportObservation> checked = new ArrayList<>(rows.size());
    for (ReportObservation row : rows) {
      checked.add(
          row.quoteAllowed()
              ? row
              : row.withVerbatim(
                  spoken.in(row.text(), row.quote(), row.fromPassage(), row.interviewId())));
    }
    return checked;
  }

  /** The observations as evidence, with the verbatim words of those that may not be quoted. */
  private static Map<Long, EvidenceItem> evidence(Tx tx, Set<Long> observationIds) {
    SpokenWords spoken = new SpokenWords(tx);
    Map<Long, EvidenceItem> items = new HashMap<>(tx.reports().evidence(observationIds));
    items.replaceAll(
        (id, item) -> item.quoteAllowed() ? item : item.withVerbatim(spoken.ofObservation(id)));
    return items;
  }

  /** Every code depth-first with its counts in scope. */
  public List<ReportCode> codes(Long studyId) {
    return workspace.read(
        tx -> {
          CodeTree tree = new CodeTree(tx.codes().all());
          CodeCounting counts = CodeCounting.in(tx, studyId, tree);
          List<ReportCode> codes = new ArrayList<>();
          for (Code code : tree.depthFirst()) {
            codes.add(
                new ReportCode(
                    code,
                    tree.pathOf(code.id()),
                    tree.depthOf(code.id()),
                    counts.direct(code.id()),
                    counts.withSubcodes(code.id())));
          }
          return codes;
        });
  }

  /** The insights in scope by title, each with its evidence in order. */
  public List<ReportInsight> insights(Long studyId) {
    return workspace.read(
        tx -> {
          Set<Long> ids = tx.reports().insightIds(studyId);
          List<InsightSummary> summaries =
              tx.insights().summaries().stream()
                  .filter(s -> ids.contains(s.insight().id()))
                  .toList();
          Map<Long, List<Long>> evidenceIds = tx.reports().evidenceIds(ids);
          Set<Long> cited = new HashSet<>();
          evidenceIds.values().forEach(cited::addAll);
          Map<Long, EvidenceItem> evidence = evidence(tx, cited);
          List<ReportInsight> insights = new ArrayList<>(summaries.size());
          for (InsightSummary summary : summaries) {
            List<EvidenceItem> items = new ArrayList<>();
            for (long id : evidenceIds.getOrDefault(summary.insight().id(), List.of())) {
              EvidenceItem item = evidence.get(id);
              if (item != null) {
                items.add(item);
              }
            }
            insights.add(new ReportInsight(summary, items));
          }
          return insights;
        });
  }

  /** The canvases in scope by title, laid out prompt by prompt. */
  public List<ReportCanvas> canvases(Long studyId) {
    return workspace.read(
        tx -> {
          Map<Long, String> team = new HashMap<>();
          for (TeamMember member : tx.teamMembers().all()) {
            team.put(member.id(), member.name());
          }
          List<ReportCanvas> canvases = new ArrayList<>();
          for (long id : tx.reports().canvasIds(studyId)) {
            tx.canvases().byId(id).ifPresent(canvas -> canvases.add(canvas(tx, canvas, team)));
          }
          return canvases;
        });
  }

  private static ReportCanvas canvas(Tx tx, Canvas canvas, Map<Long, String> team) {
    Map<Long, List<CanvasEntry>> entriesByPrompt = new HashMap<>();
    for (CanvasEntry entry : tx.canvases().entries(canvas.id())) {
      entriesByPrompt.computeIfAbsent(entry.promptId(), k -> new ArrayList<>()).add(entry);
    }
    Map<Long, List<CitationTarget>> citations = new HashMap<>();
    Set<Long> insightIds = new HashSet<>();
    Set<Long> observationIds = new HashSet<>();
    for (List<CanvasEntry> entries : entriesByPrompt.values()) {
      for (CanvasEntry entry : entries) {
        List<CitationTarget> targets = tx.canvases().citations(entry.id());
        citations.put(entry.id(), targets);
        for (CitationTarget target : targets) {
          (target.kind() == CitationTarget.Kind.INSIGHT ? insightIds : observationIds)
              .add(target.id());
        }
      }
    }
    Map<Long, String> insightTitles = new HashMap<>();
    for (long id : insightIds) {
      tx.insights().byId(id).ifPresent(i -> insightTitles.put(id, i.title()));
    }
    Map<Long, EvidenceItem> evidence = evidence(tx, observationIds);
    List<ReportCanvas.Entry> rows = new ArrayList<>();
    for (CanvasPrompt prompt : tx.canvases().prompts(canvas.id())) {
      List<CanvasEntry> entries = entriesByPrompt.getOrDefault(prompt.id(), List.of());
      if (entries.isEmpty()) {
        rows.add(new ReportCanvas.Entry(prompt, null, null, List.of()));
      }
      for (CanvasEntry entry : entries) {
        List<ReportCanvas.Citation> cites = new ArrayList<>();
        for (CitationTarget target : citations.getOrDefault(entry.id(), List.of())) {
          if (target.kind() == CitationTarget.Kind.INSIGHT) {
            String title = insightTitles.get(target.id());
            if (title != null) {
              cites.add(new ReportCanvas.Citation(target, title, null));
            }
          } else {
            EvidenceItem item = evidence.get(target.id());
            if (item != null) {
              cites.add(new ReportCanvas.Citation(target, null, item));
            }
          }
        }
        rows.add(
            new ReportCanvas.Entry(
                prompt, entry, entry.ownerId() == null ? null : team.get(entry.ownerId()), cites));
      }
    }
    String scope =
        canvas.studyId() == null
            ? null
            : tx.studies().byId(canvas.studyId()).map(s -> s.title()).orElse(null);
    String owner = canvas.ownerId() == null ? null : team.get(canvas.ownerId());
    return new ReportCanvas(
        canvas, scope, owner, rows, tx.canvases().manifesto(canvas.id()), versions(tx, canvas));
  }

  /** The canvas's frozen versions, each cited text as the consent of today lets it leave. */
  private static List<ReportCanvas.FrozenVersion> versions(Tx tx, Canvas canvas) {
    SpokenWords spoken = new SpokenWords(tx);
    List<ReportCanvas.FrozenVersion> versions = new ArrayList<>();
    for (CanvasVersion version : tx.canvasVersions().ofCanvas(canvas.id())) {
      List<FrozenEntry> entries = new ArrayList<>();
      for (FrozenEntry entry : tx.canvasVersions().entries(version.id())) {
        List<FrozenCitation> citations = new ArrayList<>();
        for (FrozenCitation c : entry.citations()) {
          boolean allowed = c.speakerId() == null || spoken.allowsQuotes(c.speakerId());
          citations.add(new FrozenCitation(c.kind(), c.sourceId(), c.exportedText(allowed)));
        }
        entries.add(entry.withCitations(citations));
      }
      versions.add(new ReportCanvas.FrozenVersion(version, entries));
    }
    return versions;
  }

  /** The people in scope by name, with their consent and how often they appear in scope. */
  public List<PersonSummary> people(Long studyId) {
    return workspace.read(tx -> tx.reports().people(studyId));
  }

  /**
   * For each person (by id), how many of the insights in scope they are behind: insights with
   * evidence they spoke.
   */
  public Map<Long, Integer> insightsByPerson(Long studyId) {
    return workspace.read(tx -> tx.reports().insightsBySpeaker(tx.reports().insightIds(studyId)));
  }
}
