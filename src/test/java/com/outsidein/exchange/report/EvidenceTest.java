package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.EvidenceItem;
import com.outsidein.domain.Quotes;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void aQuoteIsShownInQuotationMarks() {
    assertThat(Evidence.label(new EvidenceItem(12, "Text", "We re-key it.", true)))
        .isEqualTo("#12 “We re-key it.”");
  }

  @Test
  void aQuoteWithoutConsentIsWithheldInFull() {
    String label = Evidence.label(new EvidenceItem(123456, "Text", "Secret words", false));

    assertThat(label).isEqualTo("#123456 " + Quotes.WITHHELD).doesNotContain("Secret");
  }

  @Test
  void withoutAQuoteTheTextIsShown() {
    assertThat(Evidence.label(new EvidenceItem(7, "Does it\nby hand", null, false)))
        .isEqualTo("#7 Does it by hand");
  }

  @Test
  void longTextIsCutToOneShortLine() {
    String label = Evidence.label(new EvidenceItem(7, "word ".repeat(40), null, true));

    assertThat(label)
        .hasSizeLessThanOrEqualTo(Evidence.MAX_LENGTH)
        .endsWith("…")
        .doesNotContain("\n");
  }

  @Test
  void aLongQuoteKeepsItsClosingMark() {
    String label = Evidence.label(new EvidenceItem(7, "t", "quote ".repeat(40), true));

    assertThat(label).hasSizeLessThanOrEqualTo(Evidence.MAX_LENGTH).endsWith("…”");
  }
}
