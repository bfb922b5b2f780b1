package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetNamesTest {

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Summary                                   | Summary
          Code × Segment                            | Code × Segment
          Canvas – Plan: 2026/27 [draft]            | Canvas – Plan 2026 27 draft
          'quoted'                                  | quoted
          a*b?c\\d                                  | a b c d
          Canvas – Fieldline 2026: from recorded plans | Canvas – Fieldline 2026 from…
          Canvas – Fieldline 2026 – recorded plans | Canvas – Fieldline 2026…
          Canvas – Fieldline 2026 from recorded | Canvas – Fieldline 2026 from…
          Canvas – Fieldline 2026 from reco | Canvas – Fieldline 2026 from…
          Canvas – Fieldline 2026 from re | Canvas – Fieldline 2026 from re
          '                                         | Sheet
          History                                   | History 1
          """)
  void cleansNamesToWhatExcelAccepts(String wanted, String expected) {
    String name = SheetNames.clean(wanted);

    assertThat(name).isEqualTo(expected);
    assertThat(name.length()).isLessThanOrEqualTo(31);
    WorkbookUtil.validateSheetName(name);
  }

  @Test
  void blankBecomesSheet() {
    assertThat(SheetNames.clean("   ")).isEqualTo("Sheet");
    assertThat(SheetNames.clean(null)).isEqualTo("Sheet");
  }

  @Test
  void namesAreUniqueIgnoringCase() {
    SheetNames names = new SheetNames();

    assertThat(names.claim("Canvas")).isEqualTo("Canvas");
    assertThat(names.claim("canvas")).isEqualTo("canvas (2)");
    assertThat(names.claim("CANVAS")).isEqualTo("CANVAS (3)");
  }

  @Test
  void aNumberedLongNameStillFitsIn31Characters() {
    SheetNames names = new SheetNames();
    String wanted = "Canvas – a very long canvas title that goes on";

    String first = names.claim(wanted);
    String second = names.claim(wanted);

    assertThat(first).isEqualTo("Canvas – a very long canvas…");
    assertThat(second).isEqualTo("Canvas – a very long… (2)");
    assertThat(second.toLowerCase()).isNotEqualTo(first.toLowerCase());
  }

  @Test
  void aLongNameIsShortenedAtAWordBoundaryAndNeverEndsMidWord() {
    String title = "Canvas – Fieldline 2026: from recorded plans to a shared weekly rhythm";
    String name = SheetNames.clean(title);

    assertThat(name).hasSizeLessThanOrEqualTo(31).endsWith("…");
    String kept = name.substring(0, name.length() - 1);
    assertThat(title.replace(":", "")).startsWith(kept + " ");
  }

  @Test
  void doesNotSplitASurrogatePair() {
    String wanted = "x".repeat(30) + "😀tail";

    String name = SheetNames.clean(wanted);

    assertThat(name).isEqualTo("x".repeat(30));
  }
}
