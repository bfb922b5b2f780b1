package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Quotes;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerbatimTest {

  private static final String TRANSCRIPT =
      "Ann: Honestly we type every single order into two systems by hand, it is painful.";

  private static String marked(String text, String quote, boolean fromPassage, String said) {
    List<Verbatim.Said> sources = said == null ? List.of() : List.of(Verbatim.said(said));
    return Quotes.replace(text, Verbatim.spans(text, quote, fromPassage, sources), "[W]");
  }

  @ParameterizedTest(name = "{0} with quote {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Setup took two weekends                  | -                    | Setup took two weekends
          Setup took two weekends                  | It took two weekends | Setup took two weekends
          They said it took two weekends           | It took two weekends | They said [W]
          They said "it took TWO   weekends!" ok   | It took two weekends | They said "[W]!" ok
          They said it-took two, weekends          | it took two weekends | They said [W]
          weekends two took it                     | it took two weekends | weekends two took it
          It took two weekends; it took two weekends | it took two weekends | [W]
          Nothing here                             | ...                  | Nothing here
          """)
  void aTextIsVerbatimWhereItRepeatsItsQuote(String text, String quote, String expected) {
    assertThat(marked(text, quote, false, null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Double entry: we type every single order into two systems by hand, says Ann | Double entry: [W], says Ann
          WE TYPE EVERY SINGLE ORDER INTO TWO SYSTEMS                                  | [W]
          we type every single order into two systems                                  | [W]
          we type every single order into two                                          | we type every single order into two
          They type orders twice, by hand                                              | They type orders twice, by hand
          """)
  void aTextIsVerbatimWhereItSharesEightWordsWithWhatWasSaid(String text, String expected) {
    assertThat(marked(text, null, false, TRANSCRIPT)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          we type every single order twice  | [W]
          A paraphrase of the passage       | [W]
          """)
  void anObservationMadeFromAPassageIsVerbatimWhole(String text, String expected) {
    assertThat(marked(text, null, true, null)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Ann says: it took two weekends, we type every single order into two systems   | Ann says: [W]
          it took two weekends and later we type every single order into two systems ok   | [W] and later [W] ok
          """)
  void quoteAndSharedWordsTogetherMerge(String text, String expected) {
    assertThat(marked(text, "It took two weekends", false, TRANSCRIPT)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          -
          ''
          '   '
          """)
  void aBlankTextHasNoVerbatimWords(String text) {
    assertThat(Verbatim.spans(text, "quote", true, List.of())).isEmpty();
  }
}
