package com.outsidein.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.SearchKind;
import com.outsidein.domain.TextSpan;
import com.outsidein.store.search.TextIndex.Text;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  /** The snippet of a text for a search, cut as a search of an index holding only it would. */
  private static Snippet cut(String text, String typed) {
    TextIndex index = new TextIndex();
    index.put("note:1", List.of(new Text(SearchKind.NOTES, 1, 1, text)));
    index.publish();
    IndexSearcher searcher = index.searcher();
    Query query = TypedQuery.parse(typed, searcher.getIndexReader());
    return Snippets.cut(searcher, query, Map.of(0, text)).get(0);
  }

  private static List<String> marked(Snippet snippet) {
    return snippet.marks().stream()
        .map(span -> snippet.text().substring(span.start(), span.end()))
        .toList();
  }

  @Test
  void showsTheMatchInContextWithPhrasesMarkedWhole() {
    String text = "x ".repeat(100) + "The setup took two weekends. " + "y ".repeat(200);

    Snippet snippet = cut(text, "\"two weekends\" setup ");

    assertThat(snippet.text()).startsWith("…").endsWith("…").contains("setup took two weekends");
    assertThat(marked(snippet)).containsExactly("setup", "two weekends");
    assertThat(text.substring(snippet.match().start(), snippet.match().end())).isEqualTo("setup");
  }

  @Test
  void marksWordsFoundByStemAccentAndPrefix() {
    Snippet snippet = cut("Café Schedules were scheduling depots", "cafe schedule dep");

    assertThat(marked(snippet)).containsExactly("Café", "Schedules", "scheduling", "depots");
    assertThat(snippet.text()).isEqualTo("Café Schedules were scheduling depots");
  }

  @Test
  void leadsWithTheLineThatMatchesBest() {
    String text =
        "Pricing came up.\n"
            + "Then came a long aside about the weather and the roads.\n"
            + "Pricing and the pricing page confused every pricing manager.";

    Snippet snippet = cut(text, "pricing ");

    assertThat(snippet.match())
        .isEqualTo(new TextSpan(text.indexOf("Pricing and"), text.indexOf("Pricing and") + 7));
    assertThat(snippet.text()).startsWith("…Pricing and the pricing page");
    assertThat(marked(snippet)).containsOnly("Pricing", "pricing");
  }

  @Test
  void aWordOnlyInsideAnotherIsNoMatch() {
    assertThat(cut("Theme park, then the other day", "\"day the\"")).isNull();
    assertThat(cut("nothing here", "setup")).isNull();
  }

  @Test
  void newlinesShowAsSpacesWithoutMovingTheMarks() {
    Snippet snippet = cut("[00:01] Ann:\nthe board\nis blank", "blank ");
    assertThat(snippet.text()).doesNotContain("\n");
    assertThat(marked(snippet)).containsExactly("blank");
  }
}
