package com.outsidein.exchange.refi;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable GUIDs: name-based UUIDs of the workspace's seed, the kind of thing and its key, so
 * exporting the same workspace twice gives the same GUID to the same thing.
 */
final class Guids {

  private final String seed;

  Guids(String seed) {
    this.seed = seed;
  }

  String of(String kind, Object key) {
    return UUID.nameUUIDFromBytes((seed + '|' + kind + '|' + key).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  String user(long teamMemberId) {
    return of("user", teamMemberId);
  }

  String code(long codeId) {
    return of("code", codeId);
  }

  String codeMemo(long codeId) {
    return of("code-memo", codeId);
  }

  String variable(String name) {
    return of("variable", name);
  }

  String personCase(long personId) {
    return of("case", personId);
  }

  String interview(long interviewId) {
    return of("interview", interviewId);
  }

  String source(long interviewId, String field) {
    return of("source-" + field, interviewId);
  }

  String selection(long observationId) {
    return of("selection", observationId);
  }

  String coding(long observationId, long codeId) {
    return of("coding", observationId + "/" + codeId);
  }

  String observationNote(long observationId) {
    return of("observation-note", observationId);
  }

  String insightNote(long insightId) {
    return of("insight-note", insightId);
  }
}
