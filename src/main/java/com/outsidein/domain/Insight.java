package com.outsidein.domain;

/** The "why" behind observations; its evidence is kept as links to observations. */
public record Insight(
    long id,
    Long studyId,
    String title,
    String statement,
    Facet facet,
    KnowledgeStage knowledgeStage,
    Level confidence,
    Level impact,
    InsightStatus status) {}
