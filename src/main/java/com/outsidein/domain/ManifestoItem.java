package com.outsidein.domain;

public record ManifestoItem(long id, long canvasId, String text, int sortOrder) {

  public ManifestoItem withText(String newText) {
    return new ManifestoItem(id, canvasId, newText, sortOrder);
  }
}
