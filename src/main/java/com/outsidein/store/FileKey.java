package com.outsidein.store;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns a person's password into H2's file password: a fixed-length hex string, so any password
 * (spaces included, which H2 would take for its separator) works.
 */
final class FileKey {

  private FileKey() {}

  static String of(char[] password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("OutsideIn workspace key\n".getBytes(StandardCharsets.UTF_8));
      var bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      sha.update(bytes);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
