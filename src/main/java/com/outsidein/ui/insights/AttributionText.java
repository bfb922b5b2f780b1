package com.outsidein.ui.insights;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.ui.Formats;
import com.outsidein.ui.Messages;
import java.util.ArrayList;
import java.util.List;

/** "Ann Archer · Acme · SMB · 10 Jan 2026 · Says": where an observation came from, as one line. */
public final class AttributionText {

  private AttributionText() {}

  public static String of(AttributedObservation o) {
    List<String> parts = new ArrayList<>();
    parts.add(o.speaker() == null ? Messages.get("evidence.noSpeaker") : o.speaker());
    if (o.account() != null) {
      parts.add(o.account());
    }
    if (o.segment() != null) {
      parts.add(o.segment());
    }
    if (o.heldOn() != null) {
      parts.add(Formats.date(o.heldOn()));
    }
    parts.add(Messages.of(o.observation().kind()));
    if (o.observation().sentiment() != null) {
      parts.add(Messages.get("evidence.sentiment", Formats.sentiment(o.observation().sentiment())));
    }
    return String.join(" \u00b7 ", parts);
  }
}
