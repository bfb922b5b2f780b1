package com.outsidein.ui.entry;

import com.outsidein.domain.TeamMember;
import com.outsidein.ui.CommitOnLeave;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A team member's name typed into a field with the matching members suggested below it, committed
 * when the field is left: an interview's interviewer, a study's, canvas's or plan item's owner.
 */
public final class TeamMemberField {

  private final TextField field;
  private final SuggestingField<TeamMember> suggestions;

  /** Suggests from {@code matching}; the name is committed to {@code commit} on leaving. */
  public TeamMemberField(
      TextField field,
      Function<String, List<TeamMember>> matching,
      Supplier<String> current,
      Consumer<String> commit) {
    this.field = field;
    this.suggestions =
        new SuggestingField<>(field, matching, TeamMember::name, m -> field.setText(m.name()));
    CommitOnLeave.text(field, current, commit);
  }

  /** The field with its suggestions below it, to place in a form. */
  public Node node() {
    return new VBox(2, field, suggestions.strip());
  }
}
