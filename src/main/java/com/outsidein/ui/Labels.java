package com.outsidein.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows values in choice boxes and lists by a label; nothing is ever typed back into a value. */
public final class Labels {

  private Labels() {}

  /** A converter that labels values (null gets the label's answer for null, or nothing). */
  public static <T> StringConverter<T> converter(Function<T, String> label) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        String text = label.apply(value);
        return text == null ? "" : text;
      }

      @Override
      public T fromString(String text) {
        return null;
      }
    };
  }
}
