package com.outsidein.service;

import com.outsidein.domain.CodeTree;
import com.outsidein.store.ReportQueries;
import com.outsidein.store.Tx;

/**
 * How many observations each code holds: coded with it directly, and coded with it or any code
 * below it, each observation counted once however many of the subtree's codes it carries. The
 * codebook and the report both count this way.
 */
record CodeCounting(ReportQueries.CodeCounts counts) {

  /** The counts over the observations of one study (null: every observation). */
  static CodeCounting in(Tx tx, Long studyId, CodeTree tree) {
    return new CodeCounting(tx.reports().codeCounts(studyId, tree));
  }

  int direct(long codeId) {
    return counts.direct().getOrDefault(codeId, 0);
  }

  int withSubcodes(long codeId) {
    return counts.within().getOrDefault(codeId, 0);
  }
}
