package com.outsidein.service;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.store.Tx;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A code with every code below it and their codings, so deleting it can be undone. */
record CodeSubtree(List<Code> codes, Map<Long, List<Long>> codings) {

  static CodeSubtree take(Tx tx, long codeId) {
    List<Code> codes = new CodeTree(tx.codes().all()).subtree(codeId);
    Map<Long, List<Long>> codings = new LinkedHashMap<>();
    codes.forEach(c -> codings.put(c.id(), tx.codes().codedObservations(c.id())));
    return new CodeSubtree(codes, codings);
  }

  void restore(Tx tx) {
    codes.forEach(tx.codes()::insert);
    codings.forEach(tx.codes()::code);
  }

  /** Deletes the codes, children first; their codings go with them. */
  void delete(Tx tx) {
    for (int i = codes.size() - 1; i >= 0; i--) {
      tx.codes().delete(codes.get(i).id());
    }
  }

  int codingCount() {
    return codings.values().stream().mapToInt(List::size).sum();
  }
}
