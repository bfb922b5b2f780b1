package com.outsidein.store;

import static com.outsidein.store.generated.Tables.ACCOUNT;
import static com.outsidein.store.generated.Tables.CANVAS;
import static com.outsidein.store.generated.Tables.DIMENSION_VALUE;
import static com.outsidein.store.generated.Tables.INSIGHT;
import static com.outsidein.store.generated.Tables.INSIGHT_EVIDENCE;
import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.INTERVIEW_PARTICIPANT;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.OBSERVATION_CODE;
import static com.outsidein.store.generated.Tables.PERSON;
import static com.outsidein.store.generated.Tables.TEAM_MEMBER;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.Consent;
import com.outsidein.domain.EvidenceItem;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.PersonSummary;
import com.outsidein.domain.ReportInterview;
import com.outsidein.domain.ReportObservation;
import com.outsidein.store.generated.tables.DimensionValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * What a report reads, for one study (studyId) or for every study (null). Observations are read in
 * pages by id, so a large study never sits in memory at once.
 */
public final class ReportQueries {

  private static final DimensionValue SEGMENT = DIMENSION_VALUE.as("segment");
  private static final DimensionValue STAGE = DIMENSION_VALUE.as("stage");
  private static final DimensionValue CHANNEL = DIMENSION_VALUE.as("channel");

  private final DSLContext ctx;

  ReportQueries(DSLContext ctx) {
    this.ctx = ctx;
  }

  public int observationCount(Long studyId) {
    return ctx.fetchCount(OBSERVATION, observationsIn(studyId));
  }

  public int interviewCount(Long studyId) {
    return ctx.fetchCount(
        INTERVIEW, studyId == null ? DSL.noCondition() : INTERVIEW.STUDY_ID.eq(studyId));
  }

  /** Observations whose quote leaves the app withheld: a speaker whose consent lacks quotes. */
  public int withheldQuoteCount(Long studyId) {
    return ctx.fetchCount(
        ctx.select(OBSERVATION.ID)
            .from(OBSERVATION)
            .join(PERSON)
            .on(PERSON.ID.eq(OBSERVATION.SPEAKER_ID))
            .where(observationsIn(studyId))
            .and(OBSERVATION.QUOTE.isNotNull())
            .and(DSL.trim(OBSERVATION.QUOTE).ne(""))
            .and(
                PERSON
                    .CONSENT_QUOTES
                    .isFalse()
                    .or(PERSON.CONSENT_WITHDRAWN_ON.le(LocalDate.now()))));
  }

  /** How many different codes the observations in scope are coded with. */
  public int codesUsed(Long studyId) {
    return ctx.fetchCount(
        ctx.selectDistinct(OBSERVATION_CODE.CODE_ID)
            .from(OBSERVATION_CODE)
            .where(codedObservationsIn(studyId)));
  }

  /**
   * How many observations in scope are coded with each code directly, and with it or any code below
   * it (each observation counted once).
   */
  public record CodeCounts(Map<Long, Integer> direct, Map<Long, Integer> within) {}

  /**
   * Both counts in one pass over the links in observation order: each link counts for its own code,
   * and each observation is credited once to every code that holds one of its codes.
   */
  public CodeCounts codeCounts(Long studyId, CodeTree tree) {
    Map<Long, Integer> direct = new HashMap<>();
    Map<Long, Integer> within = new HashMap<>();
    Set<Long> credited = new HashSet<>();
    long current = Long.MIN_VALUE;
    try (Cursor<Record2<Long, Long>> links =
        ctx.select(OBSERVATION_CODE.OBSERVATION_ID, OBSERVATION_CODE.CODE_ID)
            .from(OBSERVATION_CODE)
            .where(codedObservationsIn(studyId))
            .orderBy(OBSERVATION_CODE.OBSERVATION_ID)
            .fetchSize(2_000)
            .fetchLazy()) {
      for (Record2<Long, Long> link : links) {
        if (link.value1() != current) {
          current = link.value1();
          credited.clear();
        }
        direct.merge(link.value2(), 1, Integer::sum);
        Code code = tree.get(link.value2());
        // A code credited already had its ancestors credited with it: stop there (and at a loop).
        while (code != null && credited.add(code.id())) {
          within.merge(code.id(), 1, Integer::sum);
          code = code.parentId() == null ? null : tree.get(code.parentId());
        }
      }
    }
    return new CodeCounts(direct, within);
  }

  /** Links of observations in scope: every link, or those whose observation is in the study. */
  private static Condition codedObservationsIn(Long studyId) {
    return studyId == null
        ? DSL.noCondition()
        : OBSERVATION_CODE.OBSERVATION_ID.in(
            DSL.select(OBSERVATION.ID).from(OBSERVATION).where(OBSERVATION.STUDY_ID.eq(studyId)));
  }

  /** The interviews in scope, oldest first, with participants and their accounts and segments. */
  public List<ReportInterview> interviews(Long studyId) {
    Condition inStudy = studyId == null ? DSL.noCondition() : INTERVIEW.STUDY_ID.eq(studyId);
    Map<Long, Set<String>> participants = new HashMap<>();
    Map<Long, Set<String>> accounts = new HashMap<>();
    Map<Long, Set<String>> segments = new HashMap<>();
    ctx.select(INTERVIEW_PARTICIPANT.INTERVIEW_ID, PERSON.NAME, ACCOUNT.NAME, SEGMENT.NAME)
        .from(INTERVIEW_PARTICIPANT)
        .join(INTERVIEW)
        .on(INTERVIEW.ID.eq(INTERVIEW_PARTICIPANT.INTERVIEW_ID))
        .join(PERSON)
        .on(PERSON.ID.eq(INTERVIEW_PARTICIPANT.PERSON_ID))
        .leftJoin(ACCOUNT)
        .on(ACCOUNT.ID.eq(PERSON.ACCOUNT_ID))
        .leftJoin(SEGMENT)
        .on(SEGMENT.ID.eq(ACCOUNT.SEGMENT_ID))
        .where(inStudy)
        .forEach(
            r -> {
              long id = r.value1();
              add(participants, id, r.value2());
              add(accounts, id, r.value3());
              add(segments, id, r.value4());
            });
    Field<Integer> observations =
        DSL.field(
            DSL.selectCount().from(OBSERVATION).where(OBSERVATION.INTERVIEW_ID.eq(INTERVIEW.ID)));
    Map<Long, Integer> insights = insightsBehind(OBSERVATION.INTERVIEW_ID, insightIds(studyId));
    return ctx.select(
            INTERVIEW.ID,
            com.outsidein.store.generated.Tables.STUDY.TITLE,
            INTERVIEW.TITLE,
            INTERVIEW.HELD_ON,
            TEAM_MEMBER.NAME,
            CHANNEL.NAME,
            STAGE.NAME,
            observations)
        .from(INTERVIEW)
        .join(com.outsidein.store.generated.Tables.STUDY)
        .on(com.outsidein.store.generated.Tables.STUDY.ID.eq(INTERVIEW.STUDY_ID))
        .leftJoin(TEAM_MEMBER)
        .on(TEAM_MEMBER.ID.eq(INTERVIEW.INTERVIEWER_ID))
        .leftJoin(CHANNEL)
        .on(CHANNEL.ID.eq(INTERVIEW.CHANNEL_ID))
        .leftJoin(STAGE)
        .on(STAGE.ID.eq(INTERVIEW.JOURNEY_STAGE_ID))
        .where(inStudy)
        .orderBy(INTERVIEW.HELD_ON.asc().nullsLast(), INTERVIEW.TITLE, INTERVIEW.ID)
        .fetch(
            r ->
                new ReportInterview(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    joined(participants.get(r.value1())),
                    joined(accounts.get(r.value1())),
                    joined(segments.get(r.value1())),
                    r.value6(),
                    r.value7(),
                    r.value8(),
                    insights.getOrDefault(r.value1(), 0)));
  }

  /**
   * For each person (by id) who spoke in the evidence of these insights, how many of them they are
   * behind.
   */
  public Map<Long, Integer> insightsBySpeaker(Collection<Long> insightIds) {
    return insightsBehind(OBSERVATION.SPEAKER_ID, insightIds);
  }

  /**
   * How many of the insights each value of an observation's column (speaker, interview) is behind.
   */
  private Map<Long, Integer> insightsBehind(Field<Long> column, Collection<Long> insightIds) {
    Map<Long, Integer> counts = new HashMap<>();
    if (insightIds.isEmpty()) {
      return counts;
    }
    ctx.select(column, DSL.countDistinct(INSIGHT_EVIDENCE.INSIGHT_ID))
        .from(INSIGHT_EVIDENCE)
        .join(OBSERVATION)
        .on(OBSERVATION.ID.eq(INSIGHT_EVIDENCE.OBSERVATION_ID))
        .where(INSIGHT_EVIDENCE.INSIGHT_ID.in(insightIds))
        .and(column.isNotNull())
        .groupBy(column)
        .forEach(r -> counts.put(r.value1(), r.value2()));
    return counts;
  }

  /** A speaker as an observation row names them. */
  private record Speaker(
      String name, String email, String role, String account, String segment, boolean quotes) {}

  /** An interview as an observation row names it. */
  private record InterviewFacts(
      String title, LocalDate heldOn, String interviewer, String channel) {}

  /**
   * The names an observation row refers to (people, interviews, dimension values), read once so
   * that each page of observations is a plain range read of its own table: joining them row by row
   * made H2 several times slower.
   */
  public static final class Names {
    private final Map<Long, String> values = new HashMap<>();
    private final Map<Long, Speaker> people = new HashMap<>();
    private final Map<Long, InterviewFacts> interviews = new HashMap<>();
  }

  public Names names() {
    Names names = new Names();
    ctx.select(DIMENSION_VALUE.ID, DIMENSION_VALUE.NAME)
        .from(DIMENSION_VALUE)
        .forEach(r -> names.values.put(r.value1(), r.value2()));
    Map<Long, String> team = new HashMap<>();
    ctx.select(TEAM_MEMBER.ID, TEAM_MEMBER.NAME)
        .from(TEAM_MEMBER)
        .forEach(r -> team.put(r.value1(), r.value2()));
    ctx.select(
            PERSON.ID,
            PERSON.NAME,
            PERSON.EMAIL,
            PERSON.ROLE,
            ACCOUNT.NAME,
            SEGMENT.NAME,
            PERSON.CONSENT_QUOTES,
            PERSON.CONSENT_WITHDRAWN_ON)
        .from(PERSON)
        .leftJoin(ACCOUNT)
        .on(ACCOUNT.ID.eq(PERSON.ACCOUNT_ID))
        .leftJoin(SEGMENT)
        .on(SEGMENT.ID.eq(ACCOUNT.SEGMENT_ID))
        .forEach(
            r ->
                names.people.put(
                    r.value1(),
                    new Speaker(
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        quoteAllowed(r.value1(), r.value7(), r.value8()))));
    ctx.select(
            INTERVIEW.ID,
            INTERVIEW.TITLE,
            INTERVIEW.HELD_ON,
            INTERVIEW.INTERVIEWER_ID,
            INTERVIEW.CHANNEL_ID)
        .from(INTERVIEW)
        .forEach(
            r ->
                names.interviews.put(
                    r.value1(),
                    new InterviewFacts(
                        r.value2(),
                        r.value3(),
                        r.value4() == null ? null : team.get(r.value4()),
                        r.value5() == null ? null : names.values.get(r.value5()))));
    return names;
  }

  /**
   * Up to {@code limit} observations in scope with an id above {@code afterId}, by id, named with
   * {@link #names()}.
   */
  public List<ReportObservation> observations(
      Long studyId, long afterId, int limit, CodeTree tree, Names names) {
    var records =
        ctx.select(
                OBSERVATION.ID,
                OBSERVATION.STUDY_ID,
                OBSERVATION.INTERVIEW_ID,
                OBSERVATION.SPEAKER_ID,
                OBSERVATION.KIND,
                OBSERVATION.TEXT,
                OBSERVATION.QUOTE,
                OBSERVATION.SENTIMENT,
                OBSERVATION.JOURNEY_STAGE_ID,
                OBSERVATION.TOUCHPOINT_ID,
                OBSERVATION.FUNCTION_ID,
                OBSERVATION.HIGHLIGHT_FIELD)
            .from(OBSERVATION)
            .where(observationsIn(studyId))
            .and(OBSERVATION.ID.gt(afterId))
            .orderBy(OBSERVATION.ID)
            .limit(limit)
            .fetch();
    if (records.isEmpty()) {
      return List.of();
    }
    long first = records.get(0).value1();
    long last = records.get(records.size() - 1).value1();
    Map<Long, List<String>> codePaths = new HashMap<>();
    ctx.select(OBSERVATION_CODE.OBSERVATION_ID, OBSERVATION_CODE.CODE_ID)
        .from(OBSERVATION_CODE)
        .where(OBSERVATION_CODE.OBSERVATION_ID.between(first, last))
        .forEach(
            link ->
                codePaths
                    .computeIfAbsent(link.value1(), k -> new ArrayList<>())
                    .add(tree.pathOf(link.value2())));
    List<ReportObservation> rows = new ArrayList<>(records.size());
    Speaker nobody = new Speaker(null, null, null, null, null, true);
    InterviewFacts none = new InterviewFacts(null, null, null, null);
    for (var r : records) {
      // By position, not by field name: name look-ups cost more than the query.
      long id = r.value1();
      List<String> paths = codePaths.getOrDefault(id, List.of());
      if (paths.size() > 1) {
        paths.sort(String.CASE_INSENSITIVE_ORDER);
      }
      Speaker speaker = r.value4() == null ? nobody : names.people.getOrDefault(r.value4(), nobody);
      InterviewFacts interview =
          r.value3() == null ? none : names.interviews.getOrDefault(r.value3(), none);
      Short sentiment = r.value8();
      rows.add(
          new ReportObservation(
              id,
              r.value2(),
              interview.title(),
              interview.heldOn(),
              interview.interviewer(),
              interview.channel(),
              speaker.name(),
              speaker.email(),
              speaker.role(),
              speaker.account(),
              speaker.segment(),
              name(names, r.value9()),
              name(names, r.value10()),
              name(names, r.value11()),
              ObservationKind.valueOf(r.value5()),
              r.value6(),
              r.value7(),
              paths,
              sentiment == null ? null : sentiment.intValue(),
              speaker.quotes(),
              r.value3(),
              r.value12() != null,
              List.of()));
    }
    return rows;
  }

  private static String name(Names names, Long valueId) {
    return valueId == null ? null : names.values.get(valueId);
  }

  /** The ids of the insights in scope: those of the study, and those of no study citing it. */
  public Set<Long> insightIds(Long studyId) {
    Condition inScope =
        studyId == null
            ? DSL.noCondition()
            : INSIGHT
                .STUDY_ID
                .eq(studyId)
                .or(INSIGHT.STUDY_ID.isNull().and(INSIGHT.ID.in(insightsCitingStudy(studyId))));
    return new LinkedHashSet<>(
        ctx.select(INSIGHT.ID).from(INSIGHT).where(inScope).fetch(INSIGHT.ID));
  }

  private static Select<org.jooq.Record1<Long>> insightsCitingStudy(long studyId) {
    return DSL.select(INSIGHT_EVIDENCE.INSIGHT_ID)
        .from(INSIGHT_EVIDENCE)
        .join(OBSERVATION)
        .on(OBSERVATION.ID.eq(INSIGHT_EVIDENCE.OBSERVATION_ID))
        .where(OBSERVATION.STUDY_ID.eq(studyId));
  }

  /** The evidence of each insight, as observation ids in the insight's order. */
  public Map<Long, List<Long>> evidenceIds(Collection<Long> insightIds) {
    Map<Long, List<Long>> evidence = new LinkedHashMap<>();
    if (insightIds.isEmpty()) {
      return evidence;
    }
    ctx.select(INSIGHT_EVIDENCE.INSIGHT_ID, INSIGHT_EVIDENCE.OBSERVATION_ID)
        .from(INSIGHT_EVIDENCE)
        .where(INSIGHT_EVIDENCE.INSIGHT_ID.in(insightIds))
        .orderBy(
            INSIGHT_EVIDENCE.INSIGHT_ID,
            INSIGHT_EVIDENCE.SORT_ORDER,
            INSIGHT_EVIDENCE.OBSERVATION_ID)
        .forEach(r -> evidence.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
    return evidence;
  }

  /** The observations with these ids, as evidence: text, quote and whether it may be quoted. */
  public Map<Long, EvidenceItem> evidence(Collection<Long> observationIds) {
    Map<Long, EvidenceItem> items = new HashMap<>();
    if (observationIds.isEmpty()) {
      return items;
    }
    ctx.select(
            OBSERVATION.ID,
            OBSERVATION.SPEAKER_ID,
            OBSERVATION.TEXT,
            OBSERVATION.QUOTE,
            PERSON.CONSENT_QUOTES,
            PERSON.CONSENT_WITHDRAWN_ON)
        .from(OBSERVATION)
        .leftJoin(PERSON)
        .on(PERSON.ID.eq(OBSERVATION.SPEAKER_ID))
        .where(OBSERVATION.ID.in(new TreeSet<>(observationIds)))
        .forEach(
            r ->
                items.put(
                    r.get(OBSERVATION.ID),
                    new EvidenceItem(
                        r.get(OBSERVATION.ID),
                        r.get(OBSERVATION.TEXT),
                        r.get(OBSERVATION.QUOTE),
                        quoteAllowed(r))));
    return items;
  }

  /** The ids of the canvases in scope: those of the study and those over every study. */
  public List<Long> canvasIds(Long studyId) {
    Condition inScope =
        studyId == null
            ? DSL.noCondition()
            : CANVAS.STUDY_ID.eq(studyId).or(CANVAS.STUDY_ID.isNull());
    return ctx.select(CANVAS.ID)
        .from(CANVAS)
        .where(inScope)
        .orderBy(CANVAS.TITLE, CANVAS.ID)
        .fetch(CANVAS.ID);
  }

  /**
   * The people in scope: for a study, those who took part in its interviews or spoke in its
   * observations, with those counted in the study; for every study, everyone.
   */
  public List<PersonSummary> people(Long studyId) {
    Condition participationInStudy =
        studyId == null
            ? DSL.noCondition()
            : INTERVIEW_PARTICIPANT.INTERVIEW_ID.in(
                DSL.select(INTERVIEW.ID).from(INTERVIEW).where(INTERVIEW.STUDY_ID.eq(studyId)));
    Field<Integer> interviews =
        DSL.field(
            DSL.selectCount()
                .from(INTERVIEW_PARTICIPANT)
                .where(INTERVIEW_PARTICIPANT.PERSON_ID.eq(PERSON.ID))
                .and(participationInStudy));
    Field<Integer> observations =
        DSL.field(
            DSL.selectCount()
                .from(OBSERVATION)
                .where(OBSERVATION.SPEAKER_ID.eq(PERSON.ID))
                .and(observationsIn(studyId)));
    Condition inScope =
        studyId == null
            ? DSL.noCondition()
            : PERSON
                .ID
                .in(
                    DSL.select(INTERVIEW_PARTICIPANT.PERSON_ID)
                        .from(INTERVIEW_PARTICIPANT)
                        .where(participationInStudy))
                .or(
                    PERSON.ID.in(
                        DSL.select(OBSERVATION.SPEAKER_ID)
                            .from(OBSERVATION)
                            .where(OBSERVATION.STUDY_ID.eq(studyId))));
    return ctx.select(PERSON.asterisk(), ACCOUNT.NAME, SEGMENT.NAME, interviews, observations)
        .from(PERSON)
        .leftJoin(ACCOUNT)
        .on(ACCOUNT.ID.eq(PERSON.ACCOUNT_ID))
        .leftJoin(SEGMENT)
        .on(SEGMENT.ID.eq(ACCOUNT.SEGMENT_ID))
        .where(inScope)
        .orderBy(PERSON.NAME, PERSON.ID)
        .fetch(
            r ->
                new PersonSummary(
                    PersonRepository.toDomain(r.into(PERSON)),
                    r.get(ACCOUNT.NAME),
                    r.get(SEGMENT.NAME),
                    r.get(interviews),
                    r.get(observations)));
  }

  private static Condition observationsIn(Long studyId) {
    return studyId == null ? DSL.noCondition() : OBSERVATION.STUDY_ID.eq(studyId);
  }

  private static boolean quoteAllowed(Record r) {
    return quoteAllowed(
        r.get(OBSERVATION.SPEAKER_ID),
        r.get(PERSON.CONSENT_QUOTES),
        r.get(PERSON.CONSENT_WITHDRAWN_ON));
  }

  /** A quote without a speaker may be quoted; else the speaker's consent decides. */
  private static boolean quoteAllowed(Long speakerId, Boolean quotes, LocalDate withdrawnOn) {
    if (speakerId == null) {
      return true;
    }
    return new Consent(null, false, quotes != null && quotes, false, withdrawnOn).allowsQuotes();
  }

  private static void add(Map<Long, Set<String>> names, long id, String name) {
    if (name != null) {
      names.computeIfAbsent(id, k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)).add(name);
    }
  }

  private static String joined(Set<String> names) {
    return names == null ? "" : String.join(", ", names);
  }
}
