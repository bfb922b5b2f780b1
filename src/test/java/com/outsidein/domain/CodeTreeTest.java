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
}
