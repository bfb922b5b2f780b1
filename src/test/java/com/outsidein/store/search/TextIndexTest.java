package com.outsidein.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.SearchKind;
import com.outsidein.store.search.TextIndex.Found;
import com.outsidein.store.search.TextIndex.Hit;
import com.outsidein.store.search.TextIndex.Text;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextIndexTest {

  private TextIndex index;

  @BeforeEach
  void fill() {
    index = new TextIndex();
    note(1, 10, "Setup took two weekends at the depot");
    note(2, 20, "Two people, weekends only, setup later");
    note(3, 30, "We met at the café near the station");
    note(4, 40, "She schedules every visit herself");
    note(5, 50, "The manager's call decided it; e-mail came later");
    note(6, 60, "Nothing to see here");
    index.publish();
  }

  private void note(long id, long stamp, String text) {
    index.put("note:" + id, List.of(new Text(SearchKind.NOTES, id, stamp, text)));
  }

  private Found find(String typed, SearchKind kind) {
    IndexSearcher searcher = index.searcher();
    return TextIndex.find(searcher, parse(typed), kind, 10);
  }

  private Query parse(String typed) {
    return TypedQuery.parse(typed, index.searcher().getIndexReader());
  }

  private List<Long> found(String typed) {
    return find(typed, SearchKind.NOTES).hits().stream().map(Hit::target).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          setup weekends      | 2;1
          "two weekends"      | 1
          "weekends two"      | ''
          dep                 | 1
          'dep '              | ''
          cafe                | 3
          CAFÉ                | 3
          'café '             | 3
          schedule            | 4
          'scheduling '       | 4
          'visits '           | 4
          manager             | 5
          'e-mail '           | 5
          e-ma                | 5
          '"the manager"'     | 5
          'nothing there '    | ''
          """)
  void findsEveryWordByStemAccentFoldedPhrasesInOrderAndTheLastWordAsAPrefix(
      String typed, String expected) {
    List<Long> ids =
        expected.isEmpty()
            ? List.of()
            : java.util.Arrays.stream(expected.split(";")).map(Long::valueOf).toList();
    assertThat(found(typed)).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void aQueryWithoutWordsIsNoQuery() {
    assertThat(parse("  ")).isNull();
    assertThat(parse("\" , \"")).isNull();
    assertThat(parse(null)).isNull();
  }

  @Test
  void theBetterMatchRanksFirst() {
    index = new TextIndex();
    note(1, 100, "A long note about many things: pricing came up once among delivery and staff");
    note(2, 10, "Pricing, pricing, pricing");
    index.publish();

    assertThat(found("pricing ")).containsExactly(2L, 1L);
  }

  @Test
  void equalMatchesRankTheMostRecentlyChangedFirst() {
    index = new TextIndex();
    note(1, 300, "pricing");
    note(2, 100, "pricing");
    note(3, 200, "pricing");
    index.publish();

    assertThat(found("pricing ")).containsExactly(1L, 3L, 2L);
  }

  @Test
  void countsEveryMatchButReturnsOnlyTheFirstPage() {
    index = new TextIndex();
    for (int i = 1; i <= 25; i++) {
      note(i, i, "depot visit " + i);
    }
    index.publish();

    Found found = find("depot ", SearchKind.NOTES);
    assertThat(found.count()).isEqualTo(25);
    assertThat(found.hits()).hasSize(10);
    assertThat(found("depot ")).startsWith(25L, 24L);
    assertThat(find("depot ", SearchKind.QUOTE).count()).isZero();
  }

  @Test
  void aReplacedTextIsFoundByItsNewWordsOnlyAndARemovedOneNotAtAll() {
    note(1, 11, "Setup was quick");
    index.remove("note:2");
    index.publish();

    assertThat(found("weekends ")).isEmpty();
    assertThat(found("quick ")).containsExactly(1L);
    assertThat(found("setup ")).containsExactly(1L);
    assertThat(index.texts()).isEqualTo(5);
  }

  @Test
  void changesAreSeenOnlyOncePublished() {
    note(7, 70, "zeppelin");
    assertThat(found("zeppelin ")).isEmpty();
    index.publish();
    assertThat(found("zeppelin ")).containsExactly(7L);
  }

  @Test
  void textsAddedInBatchesOnSeveralThreadsAreAllThereOncePublished() {
    index = new TextIndex();
    for (int i = 1; i <= 1_234; i++) {
      index.add("note:" + i, List.of(new Text(SearchKind.NOTES, i, i, "batch word " + i)));
    }
    index.publish();
    note(7, 5_000, "replaced after the batches");
    index.publish();

    assertThat(index.texts()).isEqualTo(1_234);
    assertThat(find("batch word ", SearchKind.NOTES).count()).isEqualTo(1_233);
    assertThat(found("replaced ")).containsExactly(7L);
  }
}
