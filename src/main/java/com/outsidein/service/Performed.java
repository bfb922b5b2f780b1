package com.outsidein.service;

import com.outsidein.store.Tx;
import java.util.function.Consumer;

/** What an undoable write returns: its result, and how to take it back and make it again. */
record Performed<T>(T result, Consumer<Tx> undo, Consumer<Tx> redo) {

  static <T> Performed<T> of(T result, Consumer<Tx> undo, Consumer<Tx> redo) {
    return new Performed<>(result, undo, redo);
  }
}
