package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.CanvasVersion;
import com.outsidein.domain.FrozenEntry;
import com.outsidein.domain.SearchKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forgetting a person removes their words from every text that held them, frozen ones too. */
class ForgetEverywhereTest {

  @TempDir Path folder;
  private NoQuoteWorkspace w;

  @BeforeEach
  void build() {
    w = NoQuoteWorkspace.build(folder.resolve("forget"));
  }

  @AfterEach
  void close() {
    w.session.close();
  }

  @Test
  void aForgottenPersonsQuoteLeavesFrozenVersionsAndTheSearchIndex() {
    assertThat(frozenTexts()).anyMatch(t -> t.contains(NoQuoteWorkspace.DEE_QUOTE));
    assertThat(w.session.search().search("\"route sheets every morning\"").counts())
        .containsKey(SearchKind.QUOTE);

    w.session.people().forget(w.dee);

    assertThat(frozenTexts())
        .noneMatch(t -> t.contains("route sheets"))
        .noneMatch(t -> t.contains("Dee"))
        .contains(
            Forgetting.REPLACEMENT
                + " — "
                + Forgetting.REPLACEMENT
                + " describes the morning routine");
    assertThat(w.session.search().search("\"route sheets every morning\"").counts())
        .doesNotContainKeys(SearchKind.QUOTE, SearchKind.OBSERVATION);
  }

  @Test
  void aForgottenPersonsVerbatimWordsLeaveTheirObservationsEvidenceAndVersions() {
    assertThat(w.session.search().search("weekends").total()).isPositive();

    w.session.people().forget(w.ned);

    assertThat(w.session.search().search("weekends").total()).isZero();
    assertThat(w.session.insights().evidence(w.insight))
        .extracting(AttributedObservation::observation)
        .extracting(o -> o.text() + " " + o.quote())
        .noneMatch(t -> t.contains("weekends"))
        .noneMatch(t -> t.contains("type every single order"))
        .contains(
            "[removed] said [removed] to get going null",
            "[removed]: [removed], so errors creep in null",
            "[removed] finds the setup slow null");
    assertThat(frozenTexts())
        .noneMatch(t -> t.contains("weekends"))
        .noneMatch(t -> t.contains("type every single order"))
        .noneMatch(t -> t.contains("Ned"));
  }

  @Test
  void forgettingLeavesOtherPeoplesFrozenWordsAlone() {
    w.session.people().forget(w.ned);

    assertThat(frozenTexts()).anyMatch(t -> t.contains(NoQuoteWorkspace.DEE_QUOTE));
  }

  private List<String> frozenTexts() {
    List<CanvasVersion> versions = w.session.canvases().versions(w.canvas);
    assertThat(versions).hasSize(1);
    return w.session.canvases().versionEntries(versions.get(0).id()).stream()
        .map(FrozenEntry::citationTexts)
        .flatMap(List::stream)
        .toList();
  }
}
