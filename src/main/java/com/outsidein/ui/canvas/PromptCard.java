package com.outsidein.ui.canvas;

import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.EntryContent;
import com.outsidein.domain.PromptContent;
import com.outsidein.ui.Ask;
import com.outsidein.ui.Messages;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A prompt of the canvas with its answers, and the commands to answer, rename, move or remove it.
 */
final class PromptCard extends VBox {

  PromptCard(CanvasViewModel model, PromptContent content, Consumer<CitationTarget> open) {
    getStyleClass().add("prompt-card");
    if (!content.answered()) {
      getStyleClass().add("prompt-unanswered");
    }
    setSpacing(6);
    setMinWidth(0);
    Label question = new Label(content.prompt().text());
    question.getStyleClass().add("prompt-text");
    question.setWrapText(true);
    HBox.setHgrow(question, Priority.ALWAYS);
    question.setMaxWidth(Double.MAX_VALUE);

    MenuItem rename = new MenuItem(Messages.get("canvas.renamePrompt"));
    rename.setOnAction(
        e ->
            Ask.text(this, Messages.get("canvas.renamePrompt"), null, content.prompt().text())
                .ifPresent(text -> model.renamePrompt(content.prompt().id(), text)));
    MenuItem up = new MenuItem(Messages.get("canvas.moveUp"));
    up.setOnAction(e -> model.movePrompt(content.prompt().id(), -1));
    MenuItem down = new MenuItem(Messages.get("canvas.moveDown"));
    down.setOnAction(e -> model.movePrompt(content.prompt().id(), 1));
    MenuItem remove = new MenuItem(Messages.get("canvas.removePrompt"));
    remove.setOnAction(e -> model.deletePrompt(content.prompt().id()));
    MenuButton menu =
        new MenuButton(null, new FontIcon(Feather.MORE_HORIZONTAL), rename, up, down, remove);
    menu.getStyleClass().addAll("flat", "prompt-menu");
    HBox heading = new HBox(4, question, menu);
    heading.setAlignment(Pos.TOP_LEFT);
    getChildren().add(heading);

    CanvasSection section = content.prompt().section();
    for (EntryContent entry : content.entries()) {
      getChildren().add(new EntryCard(model, entry, section, open));
    }
    Button answer = new Button(Messages.get("canvas.addAnswer"), new FontIcon(Feather.PLUS));
    answer.getStyleClass().addAll("flat", "add-answer");
    answer.setOnAction(e -> model.addEntry(content.prompt().id(), ""));
    getChildren().add(answer);
  }
}
