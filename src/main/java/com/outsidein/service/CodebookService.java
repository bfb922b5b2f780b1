package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.CodeUsage;
import com.outsidein.domain.DeleteImpact;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hierarchical codebook: adding, renaming, moving, merging and deleting codes, all undoable.
 */
public final class CodebookService {

  private final Writes writes;

  CodebookService(Writes writes) {
    this.writes = writes;
  }

  public CodeTree tree() {
    return new CodeTree(writes.read(tx -> tx.codes().all()));
  }

  /**
   * Every code with its counts over the whole workspace, counted as the report counts them (one
   * definition: {@link CodeCounting}).
   */
  public List<CodeUsage> usage() {
    return writes.read(
        tx -> {
          CodeTree tree = new CodeTree(tx.codes().all());
          CodeCounting counts = CodeCounting.in(tx, null, tree);
          return tx.codes().all().stream()
              .map(c -> new CodeUsage(c, counts.direct(c.id()), counts.withSubcodes(c.id())))
              .toList();
        });
  }

  public Code create(Code code) {
    String name = checkName(code.name());
    return writes.undoable(
        ServiceText.get("undo.addCode"),
        Topic.CODES,
        tx -> {
          if (code.parentId() != null) {
            refuseTooDeep(new CodeTree(tx.codes().all()), code.parentId(), 1);
          }
          refuseSibling(tx, code.parentId(), name, 0);
          Code inserted = tx.codes().insert(code);
          return Performed.of(
              inserted,
              undo -> undo.codes().delete(inserted.id()),
              redo -> redo.codes().insert(inserted));
        });
  }

  /**
   * The code at a path such as {@code Onboarding/Setup pain}, creating every level that does not
   * exist yet (one undoable change when any was created).
   */
  public Code ensurePath(String path) {
    List<Code> created = new ArrayList<>();
    Code code = writes.read(tx -> find(tx, path)).orElse(null);
    if (code != null) {
      return code;
    }
    return writes.undoable(
        ServiceText.get(
            "undo.addCodePath", String.join(Code.PATH_SEPARATOR, CodeTree.splitPath(path))),
        Topic.CODES,
        tx -> {
          Code last = ensurePath(tx, path, created);
          List<Code> made = List.copyOf(created);
          return Performed.of(
              last,
              undo -> {
                for (int i = made.size() - 1; i >= 0; i--) {
                  undo.codes().delete(made.get(i).id());
                }
              },
              redo -> made.forEach(redo.codes()::insert));
        });
  }

  private static java.util.Optional<Code> find(Tx tx, String path) {
    Code current = null;
    for (String name : CodeTree.splitPath(path)) {
      Long parentId = current == null ? null : current.id();
      var child = tx.codes().findChild(parentId, name);
      if (child.isEmpty()) {
        return java.util.Optional.empty();
      }
      current = child.get();
    }
    return java.util.Optional.ofNullable(current);
  }

  static Code ensurePath(Tx tx, String path, List<Code> created) {
    List<String> names = CodeTree.splitPath(path);
    if (names.isEmpty()) {
      throw new BadInputException(
          ServiceText.get("field.code"), ServiceText.get("problem.codePathWithoutName", path));
    }
    if (names.size() > Code.MAX_DEPTH) {
      throw new BadInputException(ServiceText.get("field.code"), tooDeep(names.size()));
    }
    Code current = null;
    for (String name : names) {
      Long parentId = current == null ? null : current.id();
      var existing = tx.codes().findChild(parentId, name);
      if (existing.isPresent()) {
        current = existing.get();
      } else {
        current = tx.codes().insert(new Code(0, parentId, checkName(name), "", null, "", 0));
        created.add(current);
      }
    }
    return current;
  }

  /** Changes a code's name, colour, definition or memo (not its place: see {@link #move}). */
  public void update(Code code) {
    String name = checkName(code.name());
    checkColour(code.colour());
    writes.undoable(
        ServiceText.get("undo.editCode"),
        Topic.CODES,
        tx -> {
          Code before = tx.codes().byId(code.id()).orElseThrow();
          refuseSibling(tx, before.parentId(), name, code.id());
          Code after = placedLike(code, before);
          tx.codes().update(after);
          return Performed.of(
              null, undo -> undo.codes().update(before), redo -> redo.codes().update(after));
        });
  }

  /** Moves a code (with everything below it) under another code, or to the top (null). */
  public void move(long codeId, Long newParentId) {
    writes.undoable(
        ServiceText.get("undo.moveCode"),
        Topic.CODES,
        tx -> {
          CodeTree tree = new CodeTree(tx.codes().all());
          Code before = tree.get(codeId);
          if (newParentId != null && tree.isWithin(newParentId, codeId)) {
            throw new BadInputException(
                ServiceText.get("field.moveTo"), ServiceText.get("problem.moveUnderItself"));
          }
          if (newParentId != null) {
            refuseTooDeep(tree, newParentId, tree.levelsFrom(codeId));
          }
          refuseSibling(tx, newParentId, before.name(), codeId);
          Code after =
              new Code(
                  before.id(),
                  newParentId,
                  before.name(),
                  before.definition(),
                  before.colour(),
                  before.memo(),
                  nextOrder(tree, newParentId));
          tx.codes().update(after);
          return Performed.of(
              null, undo -> undo.codes().update(before), redo -> redo.codes().update(after));
        });
  }

  /**
   * Merges {@code sourceId} into {@code targetId}: its codings move to the target (observations
   * coded with both keep one coding), its subcodes move under the target, and it is deleted.
   */
  public void merge(long sourceId, long targetId) {
    writes.undoable(
        ServiceText.get("undo.mergeCodes"),
        Set.of(Topic.CODES, Topic.OBSERVATIONS),
        tx -> {
          CodeTree tree = new CodeTree(tx.codes().all());
          if (sourceId == targetId || tree.isWithin(targetId, sourceId)) {
            throw new BadInputException(
                ServiceText.get("field.mergeInto"), ServiceText.get("problem.mergeIntoItself"));
          }
          Code source = tree.get(sourceId);
          List<Code> children = tree.childrenOf(sourceId);
          for (Code child : children) {
            refuseTooDeep(tree, targetId, tree.levelsFrom(child.id()));
          }
          for (Code child : children) {
            refuseSibling(tx, targetId, child.name(), child.id());
          }
          List<Long> sourceCodings = tx.codes().codedObservations(sourceId);
          List<Long> targetBefore = tx.codes().codedObservations(targetId);
          List<Long> added =
              sourceCodings.stream().filter(id -> !targetBefore.contains(id)).toList();
          applyMerge(tx, source, children, added, targetId);
          return Performed.of(
              null,
              undo -> {
                undo.codes().insert(source);
                children.forEach(undo.codes()::update);
                undo.codes().uncode(targetId, added);
                undo.codes().code(sourceId, sourceCodings);
              },
              redo -> applyMerge(redo, source, children, added, targetId));
        });
  }

  private static void applyMerge(
      Tx tx, Code source, List<Code> children, List<Long> added, long targetId) {
    tx.codes().code(targetId, added);
    for (Code child : children) {
      tx.codes()
          .update(
              new Code(
                  child.id(),
                  targetId,
                  child.name(),
                  child.definition(),
                  child.colour(),
                  child.memo(),
                  child.sortOrder()));
    }
    tx.codes().delete(source.id());
  }

  public DeleteImpact impactOfDeleting(long codeId) {
    return writes.read(
        tx -> {
          CodeSubtree subtree = CodeSubtree.take(tx, codeId);
          return new DeleteImpact(0, subtree.codingCount(), 0, 0, subtree.codes().size() - 1);
        });
  }

  /** Deletes a code with its subcodes and their codings (the observations stay). */
  public void delete(long codeId) {
    writes.undoable(
        ServiceText.get("undo.deleteCode"),
        Set.of(Topic.CODES, Topic.OBSERVATIONS),
        tx -> {
          CodeSubtree deleted = CodeSubtree.take(tx, codeId);
          deleted.delete(tx);
          return Performed.of(null, deleted::restore, deleted::delete);
        });
  }

  /** Refuses putting {@code levels} levels of codes under a parent when the path grows too deep. */
  private static void refuseTooDeep(CodeTree tree, long parentId, int levels) {
    int total = tree.depthOf(parentId) + 1 + levels;
    if (total > Code.MAX_DEPTH) {
      throw new BadInputException(ServiceText.get("field.code"), tooDeep(total));
    }
  }

  private static String tooDeep(int levels) {
    return ServiceText.get("problem.codePathTooDeep", levels, Code.MAX_DEPTH);
  }

  private static int nextOrder(CodeTree tree, Long parentId) {
    return tree.childrenOf(parentId).stream().mapToInt(Code::sortOrder).max().orElse(0) + 1;
  }

  private static Code placedLike(Code code, Code place) {
    return new Code(
        code.id(),
        place.parentId(),
        code.name().trim(),
        code.definition(),
        code.colour(),
        code.memo(),
        place.sortOrder());
  }

  private static void refuseSibling(Tx tx, Long parentId, String name, long exceptId) {
    tx.codes()
        .findChild(parentId, name)
        .filter(other -> other.id() != exceptId)
        .ifPresent(
            other -> {
              throw new BadInputException(
                  ServiceText.get("field.name"),
                  ServiceText.get("problem.codeExists", name.trim()));
            });
  }

  private static void checkColour(String colour) {
    if (colour != null && !colour.isBlank() && !colour.matches("#[0-9A-Fa-f]{6}")) {
      throw new BadInputException(
          ServiceText.get("field.colour"), ServiceText.get("problem.notAColour", colour));
    }
  }

  private static String checkName(String name) {
    String trimmed = Require.text(name, ServiceText.get("field.name"));
    if (trimmed.contains(Code.PATH_SEPARATOR)) {
      throw new BadInputException(
          ServiceText.get("field.name"), ServiceText.get("problem.slashInCodeName"));
    }
    return Require.maxLength(trimmed, 200, ServiceText.get("field.name"));
  }
}
