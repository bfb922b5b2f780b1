package com.outsidein.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/**
 * What the app's own drags carry: one data format per thing dragged (observations, an insight, a
 * code), each holding the ids of what is dragged. A place that takes drops reads only the format it
 * accepts, so text dragged in from elsewhere, or another thing of the app, is never taken for it.
 *
 * <p>Readers take the dragboard's {@code getContent} (in tests, a {@link ClipboardContent}'s {@code
 * get}).
 */
public final class DragContent {

  /** Selected observations, in the order selected (several at once). */
  public static final DataFormat OBSERVATIONS =
      new DataFormat("application/x-outsidein-observations");

  /** One insight card. */
  public static final DataFormat INSIGHT = new DataFormat("application/x-outsidein-insight");

  /** One code of the codebook. */
  public static final DataFormat CODE = new DataFormat("application/x-outsidein-code");

  private DragContent() {}

  public static ClipboardContent observations(Collection<Long> ids) {
    return of(OBSERVATIONS, ids);
  }

  public static ClipboardContent insight(long id) {
    return of(INSIGHT, List.of(id));
  }

  public static ClipboardContent code(long id) {
    return of(CODE, List.of(id));
  }

  /** The dragged observations' ids in order; empty when the drag holds no observations. */
  public static List<Long> observationIds(Function<DataFormat, Object> board) {
    return ids(board.apply(OBSERVATIONS));
  }

  /** The dragged insight's id, if an insight is dragged. */
  public static Optional<Long> insightId(Function<DataFormat, Object> board) {
    return single(board.apply(INSIGHT));
  }

  /** The dragged code's id, if a code is dragged. */
  public static Optional<Long> codeId(Function<DataFormat, Object> board) {
    return single(board.apply(CODE));
  }

  private static ClipboardContent of(DataFormat format, Collection<Long> ids) {
    ClipboardContent content = new ClipboardContent();
    content.put(format, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
    return content;
  }

  private static Optional<Long> single(Object payload) {
    List<Long> ids = ids(payload);
    return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /** The ids a payload holds; none when it is missing or not one of ours. */
  private static List<Long> ids(Object payload) {
    if (!(payload instanceof String text)) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    for (String part : text.split(",")) {
      try {
        ids.add(Long.parseLong(part.trim()));
      } catch (NumberFormatException e) {
        return List.of();
      }
    }
    return List.copyOf(ids);
  }
}
