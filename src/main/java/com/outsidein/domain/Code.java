package com.outsidein.domain;

/** A node of the codebook tree; parentId is null at the top level. */
public record Code(
    long id,
    Long parentId,
    String name,
    String definition,
    String colour,
    String memo,
    int sortOrder) {

  /** Separates the levels of a code path such as {@code Onboarding/Setup pain}. */
  public static final String PATH_SEPARATOR = "/";

  /** The most levels a code path may have, so no walk of the tree can run away. */
  public static final int MAX_DEPTH = 20;

  public Code withName(String name) {
    return new Code(id, parentId, name, definition, colour, memo, sortOrder);
  }

  public Code withDefinition(String definition) {
    return new Code(id, parentId, name, definition, colour, memo, sortOrder);
  }

  public Code withColour(String colour) {
    return new Code(id, parentId, name, definition, colour, memo, sortOrder);
  }

  public Code withMemo(String memo) {
    return new Code(id, parentId, name, definition, colour, memo, sortOrder);
  }
}
