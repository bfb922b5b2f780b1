package com.outsidein.domain;

public record CanvasPrompt(
    long id, long canvasId, CanvasSection section, String text, int sortOrder) {

  public CanvasPrompt withText(String newText) {
    return new CanvasPrompt(id, canvasId, section, newText, sortOrder);
  }

  public CanvasPrompt withSortOrder(int newSortOrder) {
    return new CanvasPrompt(id, canvasId, section, text, newSortOrder);
  }
}
