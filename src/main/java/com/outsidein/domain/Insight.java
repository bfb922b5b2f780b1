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
    InsightStatus status) {

  public Insight withTitle(String newTitle) {
    return new Insight(
        id, studyId, newTitle, statement, facet, knowledgeStage, confidence, impact, status);
  }

  public Insight withStatement(String newStatement) {
    return new Insight(
        id, studyId, title, newStatement, facet, knowledgeStage, confidence, impact, status);
  }

  public Insight withFacet(Facet newFacet) {
    return new Insight(
        id, studyId, title, statement, newFacet, knowledgeStage, confidence, impact, status);
  }

  public Insight withKnowledgeStage(KnowledgeStage newStage) {
    return new Insight(id, studyId, title, statement, facet, newStage, confidence, impact, status);
  }

  public Insight withConfidence(Level newConfidence) {
    return new Insight(
        id, studyId, title, statement, facet, knowledgeStage, newConfidence, impact, status);
  }

  public Insight withImpact(Level newImpact) {
    return new Insight(
        id, studyId, title, statement, facet, knowledgeStage, confidence, newImpact, status);
  }

  public Insight withStatus(InsightStatus newStatus) {
    return new Insight(
        id, studyId, title, statement, facet, knowledgeStage, confidence, impact, newStatus);
  }

  public Insight withStudy(Long newStudyId) {
    return new Insight(
        id, newStudyId, title, statement, facet, knowledgeStage, confidence, impact, status);
  }
}
