package com.outsidein.store;

/**
 * Which of H2's file systems holds a workspace: the plain one, or one registered under a prefix of
 * its own (tests register a disk that fills up or refuses writes).
 */
record Disk(String prefix) {

  static final Disk PLAIN = new Disk("");
}
