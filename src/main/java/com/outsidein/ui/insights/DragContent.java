package com.outsidein.ui.insights;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The strings insights and observations travel as when dragged: {@code outsidein-insight:<id>} and
 * {@code outsidein-observation:<id>,<id>…} (the canvas takes the first observation).
 */
public final class DragContent {

  public static final String INSIGHT = "outsidein-insight:";
  public static final String OBSERVATIONS = "outsidein-observation:";

  private DragContent() {}

  public static String insight(long id) {
    return INSIGHT + id;
  }

  public static String observations(Collection<Long> ids) {
    return OBSERVATIONS + ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** The observation ids in dragged content, or an empty list when it holds none. */
  public static List<Long> observationIds(String content) {
    List<Long> ids = new ArrayList<>();
    if (content == null || !content.startsWith(OBSERVATIONS)) {
      return ids;
    }
    for (String part : content.substring(OBSERVATIONS.length()).split("[,\\s]+")) {
      try {
        if (!part.isBlank()) {
          ids.add(Long.parseLong(part.trim()));
        }
      } catch (NumberFormatException e) {
        return List.of();
      }
    }
    return ids;
  }
}
