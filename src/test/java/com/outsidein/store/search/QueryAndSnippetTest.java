package com.outsidein.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryAndSnippetTest {

  @Test
  void wordsAreLowerCaseWithoutAccents() {
    assertThat(Words.of("Café CRÈME, naïve 42x").stream().map(Words.Word::text))
        .containsExactly("cafe", "creme", "naive", "42x");
  }

  @Test
  void quotedWordsMakeAPhraseAndTheLastWordIsAPrefixWhileTyping() {
    Query typing = Query.parse("setup \"two weekends\" sat");
    assertThat(typing.parts())
        .containsExactly(List.of("setup"), List.of("two", "weekends"), List.of("sat"));
    assertThat(typing.lastIsPrefix()).isTrue();
    assertThat(Query.parse("setup ").lastIsPrefix()).isFalse();
    assertThat(Query.parse("\"two weekends\"").lastIsPrefix()).isFalse();
    assertThat(Query.parse("don't").parts()).containsExactly(List.of("don", "t"));
    assertThat(Query.parse("  ").isEmpty()).isTrue();
  }

  @Test
  void findsEveryPartAndChecksPhrasesInOrder() {
    InvertedIndex index = new InvertedIndex();
    int a = index.add(0, 1, "Setup took two weekends at the depot");
    int b = index.add(0, 2, "Two people, weekends only, setup later");
    int c = index.add(1, 3, "Nothing to see");
    assertThat(index.find(Query.parse("setup weekends "))).containsExactly(a, b);
    assertThat(index.find(Query.parse("\"two weekends\""))).containsExactly(a);
    assertThat(index.find(Query.parse("dep"))).containsExactly(a);
    assertThat(index.find(Query.parse("dep "))).isEmpty();
    assertThat(index.find(Query.parse("nothing"))).containsExactly(c);
    index.remove(a);
    assertThat(index.find(Query.parse("setup "))).containsExactly(b);
    assertThat(index.liveTexts()).isEqualTo(2);
  }

  @Test
  void sweepingDeadTextsKeepsTheLiveOnes() {
    InvertedIndex index = new InvertedIndex();
    int kept = index.add(0, 0, "keeper word");
    for (int i = 1; i <= 12_000; i++) {
      index.remove(index.add(0, i, "gone word " + i));
    }
    assertThat(index.find(Query.parse("word "))).containsExactly(kept);
  }

  @Test
  void snippetShowsTheMatchInContextWithItsMarks() {
    String text = "x ".repeat(100) + "The setup took two weekends. " + "y ".repeat(200);
    Snippet snippet = Snippet.of(text, Query.parse("\"two weekends\" setup "));
    assertThat(snippet.text()).startsWith("…").endsWith("…").contains("setup took two weekends");
    assertThat(snippet.marks()).hasSize(2);
    TextSpan first = snippet.marks().get(0);
    assertThat(snippet.text().substring(first.start(), first.end())).isEqualTo("setup");
    TextSpan second = snippet.marks().get(1);
    assertThat(snippet.text().substring(second.start(), second.end())).isEqualTo("two weekends");
    assertThat(text.substring(snippet.match().start(), snippet.match().end())).isEqualTo("setup");
    assertThat(Snippet.of("nothing here", Query.parse("setup"))).isNull();
  }

  @Test
  void theFirstMatchIsFoundAcrossPunctuationAndOnlyAtWholeWords() {
    String text = "Theme park. Then the other day it's the manager's call, managers agree.";
    assertThat(Snippet.firstMatch(text, Query.parse("\"the manager\"")))
        .isEqualTo(new TextSpan(text.indexOf("the manager"), text.indexOf("manager") + 7));
    assertThat(Snippet.firstMatch(text, Query.parse("it's ")))
        .isEqualTo(new TextSpan(text.indexOf("it's"), text.indexOf("it's") + 4));
    assertThat(Snippet.firstMatch(text, Query.parse("manage")))
        .isEqualTo(new TextSpan(text.indexOf("manager"), text.indexOf("manager") + 7));
    assertThat(Snippet.firstMatch(text, Query.parse("manage "))).isNull();
    assertThat(Snippet.firstMatch(text, Query.parse("\"day the\""))).isNull();
  }
}
