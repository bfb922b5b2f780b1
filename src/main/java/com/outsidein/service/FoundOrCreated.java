package com.outsidein.service;

/** A thing looked up by name, and whether the lookup had to create it. */
record FoundOrCreated<T>(T value, boolean created) {

  static <T> FoundOrCreated<T> found(T value) {
    return new FoundOrCreated<>(value, false);
  }

  static <T> FoundOrCreated<T> created(T value) {
    return new FoundOrCreated<>(value, true);
  }
}
