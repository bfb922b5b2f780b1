package com.outsidein.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DragContentTest {

  @Test
  void observationsTravelAsTheirIdsAndComeBackInOrder() {
    String content = DragContent.observations(List.of(7L, 3L, 12L));

    assertThat(content).isEqualTo("outsidein-observation:7,3,12");
    assertThat(DragContent.observationIds(content)).containsExactly(7L, 3L, 12L);
  }

  @Test
  void anInsightOrForeignTextHoldsNoObservations() {
    assertThat(DragContent.observationIds(DragContent.insight(4))).isEmpty();
    assertThat(DragContent.observationIds("hello")).isEmpty();
    assertThat(DragContent.observationIds(null)).isEmpty();
    assertThat(DragContent.observationIds("outsidein-observation:1,x")).isEmpty();
  }
}
