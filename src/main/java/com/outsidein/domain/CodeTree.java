package com.outsidein.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codebook as a tree: paths, children and depth, computed from the flat list of codes. Every
 * walk is a loop, never a recursion, and stops after as many steps as there are codes, so no tree a
 * workspace may hold (however deep, even with a parent loop) overflows the stack or runs forever.
 */
public final class CodeTree {

  private static final String ELLIPSIS = "\u2026";

  private static final Comparator<Code> ORDER =
      Comparator.comparingInt(Code::sortOrder)
          .thenComparing(Code::name, String.CASE_INSENSITIVE_ORDER);

  private final Map<Long, Code> byId = new HashMap<>();
  private final Map<Long, List<Code>> children = new HashMap<>();
  private final Map<Long, String> paths = new HashMap<>();
  private final Map<Long, Integer> depths = new HashMap<>();

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

  /**
   * The path of a code, such as {@code Onboarding/Setup pain}. A code deeper than {@link
   * Code#MAX_DEPTH} levels (possible in a workspace from before that limit) shows its last levels
   * after "…/", so a path stays short however deep the tree.
   */
  public String pathOf(long id) {
    String known = paths.get(id);
    if (known != null) {
      return known;
    }
    Code code = byId.get(id);
    if (code == null) {
      return "";
    }
    Deque<String> names = new ArrayDeque<>();
    Set<Long> seen = new HashSet<>();
    Code step = code;
    while (step != null && names.size() < Code.MAX_DEPTH && seen.add(step.id())) {
      names.addFirst(step.name());
      step = step.parentId() == null ? null : byId.get(step.parentId());
    }
    boolean cutShort = step != null && !seen.contains(step.id());
    String path = String.join(Code.PATH_SEPARATOR, names);
    if (cutShort) {
      path = ELLIPSIS + Code.PATH_SEPARATOR + path;
    }
    paths.put(id, path);
    return path;
  }

  /** 0 for a top-level code, 1 for its children, and so on (remembered, so each walk is short). */
  public int depthOf(long id) {
    Integer known = depths.get(id);
    if (known != null) {
      return known;
    }
    List<Long> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Code step = byId.get(id);
    int above = -1;
    while (step != null && seen.add(step.id())) {
      Integer cached = depths.get(step.id());
      if (cached != null) {
        above = cached;
        break;
      }
      chain.add(step.id());
      step = step.parentId() == null ? null : byId.get(step.parentId());
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      above++;
      depths.put(chain.get(i), above);
    }
    return depths.getOrDefault(id, 0);
  }

  /** Whether {@code candidate} is {@code ancestor} itself or lies somewhere below it. */
  public boolean isWithin(long candidate, long ancestor) {
    Code code = byId.get(candidate);
    for (int steps = 0; code != null && steps <= byId.size(); steps++) {
      if (code.id() == ancestor) {
        return true;
      }
      code = code.parentId() == null ? null : byId.get(code.parentId());
    }
    return false;
  }

  /** Every code depth-first, parents before their children: the order a tree or a sheet shows. */
  public List<Code> depthFirst() {
    return depthFirstFrom(childrenOf(null));
  }

  /** A code and every code below it, depth-first; empty when there is no such code. */
  public List<Code> subtree(long id) {
    Code code = byId.get(id);
    return code == null ? List.of() : depthFirstFrom(List.of(code));
  }

  /** How many levels the code and those below it span: 1 for a code without subcodes. */
  public int levelsFrom(long id) {
    Code code = byId.get(id);
    if (code == null) {
      return 0;
    }
    Set<Long> seen = new HashSet<>(Set.of(id));
    List<Code> level = List.of(code);
    int levels = 0;
    while (!level.isEmpty()) {
      levels++;
      List<Code> next = new ArrayList<>();
      for (Code above : level) {
        childrenOf(above.id()).stream().filter(c -> seen.add(c.id())).forEach(next::add);
      }
      level = next;
    }
    return levels;
  }

  /** The codes given and all below them, each before its children, with an explicit stack. */
  private List<Code> depthFirstFrom(List<Code> roots) {
    List<Code> ordered = new ArrayList<>();
    Set<Long> visited = new HashSet<>();
    Deque<Code> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      Code code = stack.pop();
      if (!visited.add(code.id())) {
        continue;
      }
      ordered.add(code);
      List<Code> below = childrenOf(code.id());
      for (int i = below.size() - 1; i >= 0; i--) {
        stack.push(below.get(i));
      }
    }
    return ordered;
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
