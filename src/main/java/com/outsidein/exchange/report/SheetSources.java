package com.outsidein.exchange.report;

import com.outsidein.domain.CodeMatrix;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.PersonSummary;
import com.outsidein.domain.ReportCode;
import com.outsidein.domain.ReportInsight;
import com.outsidein.domain.ReportInterview;
import com.outsidein.domain.SayDoRow;
import com.outsidein.domain.StudySummary;
import com.outsidein.service.Futures;
import com.outsidein.service.WorkspaceSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What every sheet but Observations shows, read one query after another on a thread of the given
 * executor while the observations stream: the reading runs on one core while the writing runs on
 * the other. The queries run in the order the sheets need them.
 */
final class SheetSources implements AutoCloseable {

  /** How long closing waits for a query already running (it is never interrupted: H2 is not). */
  private static final long FINISH_MINUTES = 1;

  private final OrderedReads queries = new OrderedReads();
  private final CompletableFuture<List<ReportInterview>> interviews;
  private final CompletableFuture<List<ReportCode>> codes;
  private final CompletableFuture<CodeMatrix> bySegment;
  private final CompletableFuture<CodeMatrix> byJourneyStage;
  private final CompletableFuture<List<SayDoRow>> sayDo;
  private final CompletableFuture<List<ReportInsight>> insights;
  private final CompletableFuture<List<PersonSummary>> people;
  private final CompletableFuture<Map<Long, Integer>> insightsByPerson;
  private final CompletableFuture<List<StudySummary>> studies;

  SheetSources(WorkspaceSession session, Long studyId, Executor executor) {
    var reports = session.reports();
    var synthesis = session.synthesis();
    interviews = query(() -> reports.interviews(studyId));
    codes = query(() -> reports.codes(studyId));
    bySegment = query(() -> synthesis.matrix(Dimension.SEGMENT, studyId));
    byJourneyStage = query(() -> synthesis.matrix(Dimension.JOURNEY_STAGE, studyId));
    sayDo = query(() -> synthesis.sayDo(studyId));
    insights = query(() -> reports.insights(studyId));
    people = query(() -> reports.people(studyId));
    insightsByPerson = query(() -> reports.insightsByPerson(studyId));
    studies = query(() -> reports.studies(studyId));
    queries.start(executor);
  }

  List<ReportInterview> interviews() {
    return Futures.joined(interviews);
  }

  List<ReportCode> codes() {
    return Futures.joined(codes);
  }

  CodeMatrix bySegment() {
    return Futures.joined(bySegment);
  }

  CodeMatrix byJourneyStage() {
    return Futures.joined(byJourneyStage);
  }

  List<SayDoRow> sayDo() {
    return Futures.joined(sayDo);
  }

  List<ReportInsight> insights() {
    return Futures.joined(insights);
  }

  List<PersonSummary> people() {
    return Futures.joined(people);
  }

  Map<Long, Integer> insightsByPerson() {
    return Futures.joined(insightsByPerson);
  }

  List<StudySummary> studies() {
    return Futures.joined(studies);
  }

  /** Drops the queries not yet started and waits for the one running, if any. */
  @Override
  public void close() {
    queries.finish(FINISH_MINUTES, TimeUnit.MINUTES);
  }

  private <T> CompletableFuture<T> query(Supplier<T> read) {
    return queries.add(read);
  }
}
