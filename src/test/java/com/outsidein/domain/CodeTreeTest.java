package com.outsidein.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeTreeTest {

  private final CodeTree tree =
      new CodeTree(
          List.of(
              code(3, 2L, "Setup pain", 1),
              code(1, null, "Onboarding", 2),
              code(2, 1L, "Data import", 1),
              code(4, null, "Billing", 1)));

  private static Code code(long id, Long parent, String name, int order) {
    return new Code(id, parent, name, "", null, "", order);
  }

  @Test
  void pathsJoinTheNamesFromTheTop() {
    assertThat(tree.pathOf(3)).isEqualTo("Onboarding/Data import/Setup pain");
    assertThat(tree.pathOf(4)).isEqualTo("Billing");
  }

  @Test
  void depthFirstPutsParentsBeforeChildrenInSortOrder() {
    assertThat(tree.depthFirst())
        .extracting(Code::name)
        .containsExactly("Billing", "Onboarding", "Data import", "Setup pain");
  }

  @Test
  void depthCountsLevelsBelowTheTop() {
    assertThat(tree.depthOf(1)).isZero();
    assertThat(tree.depthOf(3)).isEqualTo(2);
  }

  @Test
  void isWithinFollowsTheParents() {
    assertThat(tree.isWithin(3, 1)).isTrue();
    assertThat(tree.isWithin(1, 3)).isFalse();
    assertThat(tree.isWithin(4, 4)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Onboarding/Setup pain         | Onboarding,Setup pain
          ' Onboarding /  Setup pain '  | Onboarding,Setup pain
          Billing                       | Billing
          a//b/                         | a,b
          """)
  void splitPathTrimsNamesAndDropsEmptyLevels(String path, String expected) {
    assertThat(CodeTree.splitPath(path)).containsExactly(expected.split(","));
  }

  /** A chain of codes each under the one before: far deeper than any stack of recursive calls. */
  private static List<Code> chain(int length) {
    List<Code> codes = new java.util.ArrayList<>();
    for (long id = 1; id <= length; id++) {
      codes.add(code(id, id == 1 ? null : id - 1, "c" + id, 1));
    }
    return codes;
  }

  @Test
  void aChainOfHundredThousandCodesIsWalkedWithoutOverflowingTheStack() {
    CodeTree deep = new CodeTree(chain(100_000));

    assertThat(deep.depthFirst()).hasSize(100_000);
    assertThat(deep.depthOf(100_000)).isEqualTo(99_999);
    assertThat(deep.isWithin(100_000, 1)).isTrue();
    assertThat(deep.pathOf(100_000)).isEqualTo("\u2026/" + names(99_981, 100_000));
    assertThat(deep.pathOf(20)).isEqualTo(names(1, 20));
    assertThat(deep.pathOf(21)).isEqualTo("\u2026/" + names(2, 21));
    assertThat(deep.subtree(99_999)).extracting(Code::id).containsExactly(99_999L, 100_000L);
    assertThat(deep.levelsFrom(1)).isEqualTo(100_000);
  }

  private static String names(int from, int to) {
    return String.join(
        "/", java.util.stream.IntStream.rangeClosed(from, to).mapToObj(i -> "c" + i).toList());
  }

  @Test
  void aParentLoopEndsEveryWalk() {
    CodeTree looped = new CodeTree(List.of(code(1, 2L, "a", 1), code(2, 1L, "b", 1)));

    assertThat(looped.depthOf(1)).isLessThanOrEqualTo(2);
    assertThat(looped.isWithin(1, 3)).isFalse();
    assertThat(looped.pathOf(1)).isEqualTo("b/a");
    assertThat(looped.subtree(1)).extracting(Code::id).containsExactly(1L, 2L);
  }

  @Test
  void levelsFromCountsTheCodeAndTheLevelsBelowIt() {
    assertThat(tree.levelsFrom(1)).isEqualTo(3);
    assertThat(tree.levelsFrom(3)).isEqualTo(1);
    assertThat(tree.levelsFrom(99)).isZero();
  }
}
