package com.outsidein.domain;

/** What else a delete takes with it, so the person can be asked first. */
public record DeleteImpact(
    int observations, int codings, int evidence, int citations, int children) {

  public static final DeleteImpact NONE = new DeleteImpact(0, 0, 0, 0, 0);

  public boolean isNone() {
    return observations == 0 && codings == 0 && evidence == 0 && citations == 0 && children == 0;
  }
}
