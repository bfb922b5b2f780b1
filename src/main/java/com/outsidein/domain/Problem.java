package com.outsidein.domain;

/** One thing wrong with some input: where (a file, row and column, or a field) and what. */
public record Problem(String where, String what) {

  @Override
  public String toString() {
    return where == null || where.isBlank() ? what : where + ": " + what;
  }
}
