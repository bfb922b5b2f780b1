package com.outsidein.ui;

/** One entry of a filter list: a value with its label, or "all" (a null value). */
public record Choice<T>(T value, String label) {

  public static <T> Choice<T> all(String label) {
    return new Choice<>(null, label);
  }

  public boolean isAll() {
    return value == null;
  }

  @Override
  public String toString() {
    return label;
  }
}
