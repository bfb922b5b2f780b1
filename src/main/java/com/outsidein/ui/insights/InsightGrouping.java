package com.outsidein.ui.insights;

import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.KnowledgeStage;
import java.util.List;

/** How the insight board lays out its columns: by 360-view facet or by knowledge stage. */
public enum InsightGrouping {
  FACET,
  KNOWLEDGE_STAGE;

  /** The board's columns, in order. */
  public List<Enum<?>> groups() {
    return this == FACET ? List.of(Facet.values()) : List.of(KnowledgeStage.values());
  }

  /** The column an insight stands in. */
  public Enum<?> groupOf(Insight insight) {
    return this == FACET ? insight.facet() : insight.knowledgeStage();
  }
}
