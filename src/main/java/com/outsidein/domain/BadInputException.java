package com.outsidein.domain;

import java.util.List;

/** Input that breaks a rule. Nothing was written; each problem says where and what. */
public class BadInputException extends RuntimeException {

  /** At most this many problems are kept, so a broken file does not drown the person. */
  public static final int MAX_PROBLEMS = 20;

  private final List<Problem> problems;
  private final int total;

  public BadInputException(List<Problem> problems) {
    super(problems.isEmpty() ? "bad input" : problems.get(0).toString());
    this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    this.total = problems.size();
  }

  public BadInputException(String where, String what) {
    this(List.of(new Problem(where, what)));
  }

  /** The first {@link #MAX_PROBLEMS} problems. */
  public List<Problem> problems() {
    return problems;
  }

  /** How many problems there were in all, including those not kept. */
  public int total() {
    return total;
  }
}
