package com.outsidein.exchange.importing;

import java.util.Optional;

/**
 * Recognises text in an encoding other than UTF-8 from a file's first bytes: by its byte order
 * mark, or, without one, by the zero bytes UTF-16 and UTF-32 put beside every Latin letter. Such a
 * file is text in the wrong encoding, not binary data, and the person is told which.
 */
final class OtherEncoding {

  /** Below this many bytes a pattern of zeros proves nothing. */
  private static final int MIN_PATTERN_BYTES = 16;

  private OtherEncoding() {}

  /** The encoding's name ("UTF-16"), or empty when the bytes may well be UTF-8 or binary. */
  static Optional<String> of(byte[] head, int length) {
    Optional<String> marked = byOrderMark(head, length);
    return marked.isPresent() ? marked : byZeroPattern(head, length);
  }

  private static Optional<String> byOrderMark(byte[] b, int n) {
    if (starts(b, n, 0x00, 0x00, 0xFE, 0xFF) || starts(b, n, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of("UTF-32");
    }
    if (starts(b, n, 0xFE, 0xFF) || starts(b, n, 0xFF, 0xFE)) {
      return Optional.of("UTF-16");
    }
    if (starts(b, n, 0x2B, 0x2F, 0x76)) {
      return Optional.of("UTF-7");
    }
    if (starts(b, n, 0x84, 0x31, 0x95, 0x33)) {
      return Optional.of("GB 18030");
    }
    return Optional.empty();
  }

  /**
   * UTF-32 puts three zero bytes beside each Latin letter, UTF-16 one, always at the same place in
   * each group: most groups having their zeros exactly there is text, not random binary data.
   */
  private static Optional<String> byZeroPattern(byte[] b, int n) {
    if (n < MIN_PATTERN_BYTES) {
      return Optional.empty();
    }
    if (mostGroupsZeroAt(b, n, 4, new int[] {1, 2, 3})
        || mostGroupsZeroAt(b, n, 4, new int[] {0, 1, 2})) {
      return Optional.of("UTF-32");
    }
    if (mostGroupsZeroAt(b, n, 2, new int[] {1}) || mostGroupsZeroAt(b, n, 2, new int[] {0})) {
      return Optional.of("UTF-16");
    }
    return Optional.empty();
  }

  /** Whether at least 90% of the groups have zeros at exactly these places and nowhere else. */
  private static boolean mostGroupsZeroAt(byte[] b, int n, int size, int[] zeros) {
    int groups = n / size;
    int matching = 0;
    for (int g = 0; g < groups; g++) {
      int start = g * size;
      boolean match = true;
      for (int i = 0; i < size && match; i++) {
        match = (b[start + i] == 0) == contains(zeros, i);
      }
      if (match) {
        matching++;
      }
    }
    return matching * 10 >= groups * 9;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private static boolean starts(byte[] b, int n, int... prefix) {
    if (n < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
