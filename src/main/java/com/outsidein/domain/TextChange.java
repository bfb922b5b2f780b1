package com.outsidein.domain;

/**
 * How one text became another, as a single replaced region: the common start and end are kept,
 * {@code removed} characters at {@code position} became {@code inserted} characters.
 */
public record TextChange(int position, int removed, int inserted) {

  /** The smallest single region that turns {@code before} into {@code after}. */
  public static TextChange between(String before, String after) {
    int limit = Math.min(before.length(), after.length());
    int prefix = 0;
    while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < limit - prefix
        && before.charAt(before.length() - 1 - suffix)
            == after.charAt(after.length() - 1 - suffix)) {
      suffix++;
    }
    return new TextChange(
        prefix, before.length() - prefix - suffix, after.length() - prefix - suffix);
  }

  public boolean isEmpty() {
    return removed == 0 && inserted == 0;
  }

  /**
   * Where a position in the old text lies in the new one; inside the removed part it moves to the
   * edit.
   */
  int mapStart(int offset) {
    if (offset <= position) {
      return offset;
    }
    if (offset >= position + removed) {
      return offset + inserted - removed;
    }
    return position + inserted;
  }

  int mapEnd(int offset) {
    if (offset <= position) {
      return offset;
    }
    if (offset >= position + removed) {
      return offset + inserted - removed;
    }
    return position + inserted;
  }
}
