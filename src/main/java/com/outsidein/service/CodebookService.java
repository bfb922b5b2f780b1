package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.CodeUsage;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import com.outsidein.store.Workspace;
import java.util.List;

/** The hierarchical codebook. */
public final class CodebookService {

  private final Workspace workspace;
  private final WorkspaceEvents events;

  CodebookService(Workspace workspace, WorkspaceEvents events) {
    this.workspace = workspace;
    this.events = events;
  }

  public CodeTree tree() {
    return new CodeTree(workspace.read(tx -> tx.codes().all()));
  }

  public List<CodeUsage> usage() {
    return workspace.read(tx -> tx.codes().usage());
  }

  public Code create(Code code) {
    String name = checkName(code.name());
    Code created =
        workspace.write(
            tx -> {
              if (tx.codes().findChild(code.parentId(), name).isPresent()) {
                throw new BadInputException(
                    "Name", "a code called \"" + name + "\" exists there already");
              }
              return tx.codes().insert(code);
            });
    events.changed(Topic.CODES);
    return created;
  }

  /**
   * The code at a path such as {@code Onboarding/Setup pain}, creating every level that does not
   * exist yet.
   */
  public Code ensurePath(String path) {
    Code code = workspace.write(tx -> ensurePath(tx, path));
    events.changed(Topic.CODES);
    return code;
  }

  static Code ensurePath(Tx tx, String path) {
    List<String> names = CodeTree.splitPath(path);
    if (names.isEmpty()) {
      throw new BadInputException("Code", "the code path \"" + path + "\" has no name in it");
    }
    Code current = null;
    for (String name : names) {
      Long parentId = current == null ? null : current.id();
      current =
          tx.codes()
              .findChild(parentId, name)
              .orElseGet(
                  () -> tx.codes().insert(new Code(0, parentId, checkName(name), "", null, "", 0)));
    }
    return current;
  }

  private static String checkName(String name) {
    String trimmed = Require.text(name, "Name");
    if (trimmed.contains(Code.PATH_SEPARATOR)) {
      throw new BadInputException("Name", "a code name cannot contain \"/\": it separates levels");
    }
    return Require.maxLength(trimmed, 200, "Name");
  }
}
