package com.outsidein.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The codebook as a tree: paths, children and depth, computed from the flat list of codes. */
public final class CodeTree {

  private static final Comparator<Code> ORDER =
      Comparator.comparingInt(Code::sortOrder)
          .thenComparing(Code::name, String.CASE_INSENSITIVE_ORDER);

  private final Map<Long, Code> byId = new HashMap<>();
  private final Map<Long, List<Code>> children = new HashMap<>();
  private final Map<Long, String> paths = new HashMap<>();

  public CodeTree(List<Code> codes) {
    for (Code code : codes) {
      byId.put(code.id(), code);
    }
    for (Code code : codes) {
      children.computeIfAbsent(code.parentId(), k -> new ArrayList<>()).add(code);
    }
    children.values().forEach(list -> list.sort(ORDER));
  }

  public Code get(long id) {
    return byId.get(id);
  }

  public boolean isEmpty() {
    return byId.isEmpty();
  }

  /** The top-level codes ({@code parent == null}) or the children of a code, in order. */
  public List<Code> childrenOf(Long parentId) {
    return Collections.unmodifiableList(children.getOrDefault(parentId, List.of()));
  }

  /** The path of a code, such as {@code Onboarding/Setup pain}. */
  public String pathOf(long id) {
    String known = paths.get(id);
    if (known != null) {
      return known;
    }
    Code code = byId.get(id);
    if (code == null) {
      return "";
    }
    String path =
        code.parentId() == null || !byId.containsKey(code.parentId())
            ? code.name()
            : pathOf(code.parentId()) + Code.PATH_SEPARATOR + code.name();
    paths.put(id, path);
    return path;
  }

  /** 0 for a top-level code, 1 for its children, and so on. */
  public int depthOf(long id) {
    int depth = 0;
    Code code = byId.get(id);
    while (code != null && code.parentId() != null && byId.containsKey(code.parentId())) {
      depth++;
      code = byId.get(code.parentId());
    }
    return depth;
  }

  /** Whether {@code candidate} is {@code ancestor} itself or lies somewhere below it. */
  public boolean isWithin(long candidate, long ancestor) {
    Code code = byId.get(candidate);
    while (code != null) {
      if (code.id() == ancestor) {
        return true;
      }
      code = code.parentId() == null ? null : byId.get(code.parentId());
    }
    return false;
  }

  /** Every code depth-first, parents before their children: the order a tree or a sheet shows. */
  public List<Code> depthFirst() {
    List<Code> ordered = new ArrayList<>(byId.size());
    addDepthFirst(null, ordered);
    return ordered;
  }

  private void addDepthFirst(Long parentId, List<Code> ordered) {
    for (Code child : childrenOf(parentId)) {
      ordered.add(child);
      addDepthFirst(child.id(), ordered);
    }
  }

  /** Splits a code path into its names, trimming spaces and dropping empty parts. */
  public static List<String> splitPath(String path) {
    List<String> names = new ArrayList<>();
    for (String part : path.split(Code.PATH_SEPARATOR, -1)) {
      String name = part.trim();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
