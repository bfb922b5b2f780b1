package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.CitedItem;
import com.outsidein.domain.EntryContent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inside the app the words stay visible, and carry the mark once consent is withdrawn. */
class ConsentMarkInAppTest {

  @TempDir Path folder;
  private NoQuoteWorkspace w;

  @BeforeEach
  void build() {
    w = NoQuoteWorkspace.build(folder.resolve("marks"));
  }

  @AfterEach
  void close() {
    w.session.close();
  }

  @Test
  void aWithdrawalMarksThePersonsQuoteOnInsightsAndCanvases() {
    assertThat(deeOnCanvas().quoteWithheld()).isFalse();
    assertThat(deeOnInsight().quoteWithheld()).isFalse();

    w.deeWithdraws();

    assertThat(deeOnCanvas().quoteWithheld()).isTrue();
    assertThat(deeOnCanvas().label()).contains(NoQuoteWorkspace.DEE_QUOTE);
    assertThat(deeOnInsight().quoteWithheld()).isTrue();
    assertThat(deeOnInsight().words()).isEqualTo(NoQuoteWorkspace.DEE_QUOTE);
  }

  @Test
  void aNoQuotePersonsCitationsAreMarkedAndAParaphraseWithoutQuoteIsNot() {
    assertThat(citations())
        .filteredOn(CitedItem::quoteWithheld)
        .extracting(c -> c.target().id())
        .containsExactlyInAnyOrder(w.passage, w.quoting, w.sharing);
  }

  private CitedItem deeOnCanvas() {
    return citations().stream().filter(c -> c.target().id() == w.deeSays).findFirst().orElseThrow();
  }

  private List<CitedItem> citations() {
    return w.session.canvases().content(w.canvas).prompts().stream()
        .flatMap(p -> p.entries().stream())
        .map(EntryContent::citations)
        .flatMap(List::stream)
        .toList();
  }

  private AttributedObservation deeOnInsight() {
    return w.session.insights().evidence(w.insight).stream()
        .filter(o -> o.id() == w.deeSays)
        .findFirst()
        .orElseThrow();
  }
}
