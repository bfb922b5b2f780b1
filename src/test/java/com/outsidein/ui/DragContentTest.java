package com.outsidein.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.junit.jupiter.api.Test;

class DragContentTest {

  @Test
  void observationsTravelAsTheirIdsAndComeBackInOrder() {
    ClipboardContent dragged = DragContent.observations(List.of(7L, 3L, 12L));

    assertThat(DragContent.observationIds(dragged::get)).containsExactly(7L, 3L, 12L);
  }

  @Test
  void eachThingDraggedIsReadOnlyAsItself() {
    ClipboardContent insight = DragContent.insight(4);
    ClipboardContent code = DragContent.code(4);

    assertThat(DragContent.insightId(insight::get)).contains(4L);
    assertThat(DragContent.observationIds(insight::get)).isEmpty();
    assertThat(DragContent.codeId(insight::get)).isEmpty();
    assertThat(DragContent.codeId(code::get)).contains(4L);
    assertThat(DragContent.insightId(code::get)).isEmpty();
  }

  @Test
  void textDraggedInFromElsewhereIsNoneOfOurs() {
    ClipboardContent text = new ClipboardContent();
    text.putString("outsidein-observation:1,2");

    assertThat(DragContent.observationIds(text::get)).isEmpty();
    assertThat(DragContent.insightId(text::get)).isEmpty();
  }

  @Test
  void aDamagedPayloadHoldsNothing() {
    ClipboardContent damaged = new ClipboardContent();
    damaged.put(DragContent.OBSERVATIONS, "1,x");
    damaged.put(DragContent.INSIGHT, "1,2");
    damaged.put(DataFormat.PLAIN_TEXT, "3");

    assertThat(DragContent.observationIds(damaged::get)).isEmpty();
    assertThat(DragContent.insightId(damaged::get)).isEmpty();
  }
}
