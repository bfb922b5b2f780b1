package com.outsidein.ui.screens;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.CodeUsage;
import com.outsidein.domain.DeleteImpact;
import com.outsidein.service.CodebookService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The codebook's state and commands: every command is also reachable without the mouse. Reloads
 * when codes change, and when observations do (their codes make the counts).
 */
public final class CodebookViewModel implements AutoCloseable {

  private final CodebookService codebook;
  private final Commands commands;
  private final ListViewModel<CodeUsage> usage;
  private final ObjectProperty<Code> selected = new SimpleObjectProperty<>();
  private final WorkspaceEvents.Subscription subscription;

  public CodebookViewModel(CodebookService codebook, WorkspaceEvents events, Commands commands) {
    this.codebook = codebook;
    this.commands = commands;
    this.usage = ListViewModel.from(commands.tasks(), codebook::usage);
    this.subscription =
        events.subscribe(
            EnumSet.of(Topic.CODES, Topic.OBSERVATIONS),
            change -> commands.tasks().ui().execute(usage::reload));
    usage.reload();
  }

  public ListViewModel<CodeUsage> usage() {
    return usage;
  }

  public ObjectProperty<Code> selectedProperty() {
    return selected;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return usage.loadingProperty();
  }

  public CodeTree tree() {
    return new CodeTree(usage.items().stream().map(CodeUsage::code).toList());
  }

  public void create(Long parentId, String name, Consumer<Code> onCreated) {
    commands.run(
        Messages.get("codebook.addFailed"),
        () -> codebook.create(new Code(0, parentId, name, "", null, "", 0)),
        onCreated);
  }

  public void update(Code code) {
    commands.run(Messages.get("codebook.editFailed"), () -> codebook.update(code));
  }

  /** Moves the code under another (null: to the top level). */
  public void move(long codeId, Long newParentId) {
    commands.run(Messages.get("codebook.moveFailed"), () -> codebook.move(codeId, newParentId));
  }

  public void merge(long sourceId, long targetId) {
    commands.run(Messages.get("codebook.mergeFailed"), () -> codebook.merge(sourceId, targetId));
  }

  public void impactOfDeleting(long codeId, Consumer<DeleteImpact> answer) {
    commands.run(
        Messages.get("codebook.deleteFailed"), () -> codebook.impactOfDeleting(codeId), answer);
  }

  public void delete(long codeId) {
    commands.run(Messages.get("codebook.deleteFailed"), () -> codebook.delete(codeId));
  }

  /** Where a code may move: the top level, or any code not within it. Null stands for the top. */
  public List<Code> moveTargets(long codeId) {
    CodeTree tree = tree();
    return tree.depthFirst().stream().filter(c -> !tree.isWithin(c.id(), codeId)).toList();
  }

  @Override
  public void close() {
    subscription.close();
  }
}
