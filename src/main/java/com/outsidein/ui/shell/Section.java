package com.outsidein.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The places the navigation leads to, in the order it lists them. */
public enum Section {
  STUDIES(Feather.BOOK_OPEN),
  PEOPLE(Feather.USERS),
  INTERVIEWS(Feather.MIC),
  OBSERVATIONS(Feather.EYE),
  INSIGHTS(Feather.ZAP),
  SYNTHESIS(Feather.GRID),
  CANVASES(Feather.LAYOUT),
  CODEBOOK(Feather.TAG);

  private final Ikon icon;

  Section(Ikon icon) {
    this.icon = icon;
  }

  public Ikon icon() {
    return icon;
  }
}
