package com.outsidein.domain;

/** The knowledge funnel, from a mystery to something built into the product or process. */
public enum KnowledgeStage {
  MYSTERY,
  HEURISTIC,
  KNOWLEDGE,
  ALGORITHM,
  CODE
}
