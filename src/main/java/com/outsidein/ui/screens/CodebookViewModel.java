package com.outsidein.ui.screens;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.CodeUsage;
import com.outsidein.domain.DeleteImpact;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The codebook's state and commands: every command is also reachable without the mouse. */
public final class CodebookViewModel {

  private final Commands commands;
  private final ListViewModel<CodeUsage> usage;
  private final ObjectProperty<Code> selected = new SimpleObjectProperty<>();
  private WorkspaceSession session;

  public CodebookViewModel(Commands commands) {
    this.commands = commands;
    this.usage = new ListViewModel<>(commands.tasks(), s -> s.codebook().usage());
  }

  public ListViewModel<CodeUsage> usage() {
    return usage;
  }

  public ObjectProperty<Code> selectedProperty() {
    return selected;
  }

  public void load(WorkspaceSession session) {
    this.session = session;
    usage.load(session);
  }

  public CodeTree tree() {
    return new CodeTree(usage.items().stream().map(CodeUsage::code).toList());
  }

  /** How many observations are coded with each code or any code below it. */
  public Map<Long, Integer> countsWithSubcodes() {
    CodeTree tree = tree();
    Map<Long, Integer> direct = new HashMap<>();
    usage.items().forEach(u -> direct.put(u.code().id(), u.observations()));
    Map<Long, Integer> total = new HashMap<>();
    for (Code code : tree.depthFirst()) {
      int sum = 0;
      for (Code other : tree.depthFirst()) {
        if (tree.isWithin(other.id(), code.id())) {
          sum += direct.getOrDefault(other.id(), 0);
        }
      }
      total.put(code.id(), sum);
    }
    return total;
  }

  public void create(Long parentId, String name, Consumer<Code> onCreated) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("codebook.addFailed"),
        () -> current.codebook().create(new Code(0, parentId, name, "", null, "", 0)),
        onCreated);
  }

  public void update(Code code) {
    WorkspaceSession current = session;
    commands.run(Messages.get("codebook.editFailed"), () -> current.codebook().update(code));
  }

  /** Moves the code under another (null: to the top level). */
  public void move(long codeId, Long newParentId) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("codebook.moveFailed"), () -> current.codebook().move(codeId, newParentId));
  }

  public void merge(long sourceId, long targetId) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("codebook.mergeFailed"), () -> current.codebook().merge(sourceId, targetId));
  }

  public void impactOfDeleting(long codeId, Consumer<DeleteImpact> answer) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("codebook.deleteFailed"),
        () -> current.codebook().impactOfDeleting(codeId),
        answer);
  }

  public void delete(long codeId) {
    WorkspaceSession current = session;
    commands.run(Messages.get("codebook.deleteFailed"), () -> current.codebook().delete(codeId));
  }

  /** Where a code may move: the top level, or any code not within it. Null stands for the top. */
  public List<Code> moveTargets(long codeId) {
    CodeTree tree = tree();
    return tree.depthFirst().stream().filter(c -> !tree.isWithin(c.id(), codeId)).toList();
  }

  public boolean hasSession() {
    return session != null;
  }
}
