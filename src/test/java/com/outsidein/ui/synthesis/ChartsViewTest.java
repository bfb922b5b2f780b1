package com.outsidein.ui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsViewTest {

  @Test
  void codesAreCalledByTheirLastPartUnlessTwoEndAlike() {
    assertThat(
            ChartsView.categories(
                List.of("Pain/Setup", "Theme A/Price 1", "Theme B/Price 1", "Joy")))
        .containsExactly("Setup", "Theme A/Price 1", "Theme B/Price 1", "Joy");
  }
}
