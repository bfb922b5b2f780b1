package com.outsidein.store;

import static com.outsidein.store.generated.Tables.ACCOUNT;
import static com.outsidein.store.generated.Tables.DIMENSION_VALUE;
import static com.outsidein.store.generated.Tables.INSIGHT_EVIDENCE;
import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.PERSON;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.Consent;
import com.outsidein.store.generated.tables.DimensionValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Observations with who they came from and the interview they were heard in. */
public final class AttributedObservationQueries {

  private static final DimensionValue SEGMENT = DIMENSION_VALUE.as("segment");

  private final DSLContext ctx;

  AttributedObservationQueries(DSLContext ctx) {
    this.ctx = ctx;
  }

  /** An insight's evidence, in its order. */
  public List<AttributedObservation> evidenceOf(long insightId) {
    List<Long> ids =
        ctx.select(INSIGHT_EVIDENCE.OBSERVATION_ID)
            .from(INSIGHT_EVIDENCE)
            .where(INSIGHT_EVIDENCE.INSIGHT_ID.eq(insightId))
            .orderBy(INSIGHT_EVIDENCE.SORT_ORDER, INSIGHT_EVIDENCE.OBSERVATION_ID)
            .fetch(INSIGHT_EVIDENCE.OBSERVATION_ID);
    return byIds(ids);
  }

  /** The observations with these ids, in the order given; ids that do not exist are left out. */
  public List<AttributedObservation> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, AttributedObservation> found = new HashMap<>();
    ctx.select(
            OBSERVATION.asterisk(),
            PERSON.NAME,
            PERSON.CONSENT_QUOTES,
            PERSON.CONSENT_WITHDRAWN_ON,
            ACCOUNT.NAME,
            SEGMENT.NAME,
            INTERVIEW.TITLE,
            INTERVIEW.HELD_ON)
        .from(OBSERVATION)
        .leftJoin(INTERVIEW)
        .on(INTERVIEW.ID.eq(OBSERVATION.INTERVIEW_ID))
        .leftJoin(PERSON)
        .on(PERSON.ID.eq(OBSERVATION.SPEAKER_ID))
        .leftJoin(ACCOUNT)
        .on(ACCOUNT.ID.eq(PERSON.ACCOUNT_ID))
        .leftJoin(SEGMENT)
        .on(SEGMENT.ID.eq(ACCOUNT.SEGMENT_ID))
        .where(OBSERVATION.ID.in(ids))
        .forEach(r -> found.put(r.get(OBSERVATION.ID), toDomain(r)));
    List<AttributedObservation> ordered = new ArrayList<>(found.size());
    for (Long id : ids) {
      AttributedObservation o = found.get(id);
      if (o != null) {
        ordered.add(o);
      }
    }
    return ordered;
  }

  private static AttributedObservation toDomain(Record r) {
    boolean quoteAllowed =
        r.get(OBSERVATION.SPEAKER_ID) == null
            || new Consent(
                    null,
                    false,
                    r.get(PERSON.CONSENT_QUOTES),
                    false,
                    r.get(PERSON.CONSENT_WITHDRAWN_ON))
                .allowsQuotes();
    return new AttributedObservation(
        ObservationRepository.toDomain(r.into(OBSERVATION)),
        r.get(PERSON.NAME),
        r.get(ACCOUNT.NAME),
        r.get(SEGMENT.NAME),
        r.get(INTERVIEW.TITLE),
        r.get(INTERVIEW.HELD_ON),
        quoteAllowed);
  }
}
