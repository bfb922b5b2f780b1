package com.outsidein.ui.synthesis;

import com.outsidein.domain.SayDoRow;

/**
 * How strongly a say–do gap is marked: not at all when it is not flagged, a mark when it is, a
 * stronger one when it is twice the flagging size or more.
 */
enum GapMark {
  NONE,
  GAP,
  LARGE_GAP;

  static GapMark of(SayDoRow row) {
    if (!row.flagged()) {
      return NONE;
    }
    return Math.abs(row.gap()) >= 2 * SayDoRow.FLAG_GAP ? LARGE_GAP : GAP;
  }

  String styleClass() {
    return "gap-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
