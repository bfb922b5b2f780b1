package com.outsidein.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.TextSpan;
import java.util.List;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  private final Snippets snippets = new Snippets();
  private final TextIndex empty = new TextIndex();

  private Query query(String typed) {
    return empty.parse(typed);
  }

  private static List<String> marked(Snippet snippet) {
    return snippet.marks().stream()
        .map(span -> snippet.text().substring(span.start(), span.end()))
        .toList();
  }

  @Test
  void showsTheMatchInContextWithPhrasesMarkedWhole() {
    String text = "x ".repeat(100) + "The setup took two weekends. " + "y ".repeat(200);

    Snippet snippet = snippets.of(text, query("\"two weekends\" setup "));

    assertThat(snippet.text()).startsWith("…").endsWith("…").contains("setup took two weekends");
    assertThat(marked(snippet)).containsExactly("setup", "two weekends");
    assertThat(text.substring(snippet.match().start(), snippet.match().end())).isEqualTo("setup");
  }

  @Test
  void marksWordsFoundByStemAccentAndPrefix() {
    Snippet snippet =
        snippets.of("Café Schedules were scheduling depots", query("cafe schedule dep"));

    assertThat(marked(snippet)).containsExactly("Café", "Schedules", "scheduling", "depots");
    assertThat(snippet.text()).isEqualTo("Café Schedules were scheduling depots");
  }

  @Test
  void leadsWithTheSentenceThatMatchesBest() {
    String text =
        "Pricing came up. "
            + "Then came a long aside about the weather and the roads. "
            + "Pricing and the pricing page confused every pricing manager.";

    Snippet snippet = snippets.of(text, query("pricing "));

    assertThat(snippet.match())
        .isEqualTo(new TextSpan(text.indexOf("Pricing and"), text.indexOf("Pricing and") + 7));
    assertThat(snippet.text()).startsWith("…Pricing and the pricing page");
    assertThat(marked(snippet)).containsOnly("Pricing", "pricing");
  }

  @Test
  void aWordOnlyInsideAnotherIsNoMatch() {
    assertThat(snippets.of("Theme park, then the other day", query("\"day the\""))).isNull();
    assertThat(snippets.of("nothing here", query("setup"))).isNull();
  }

  @Test
  void newlinesShowAsSpacesWithoutMovingTheMarks() {
    Snippet snippet = snippets.of("[00:01] Ann:\nthe board\nis blank", query("blank "));
    assertThat(snippet.text()).doesNotContain("\n");
    assertThat(marked(snippet)).containsExactly("blank");
  }
}
