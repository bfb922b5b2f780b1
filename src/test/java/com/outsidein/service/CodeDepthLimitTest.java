package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Code;
import com.outsidein.domain.Problem;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codebook keeps every code path within 20 levels, whichever way a code gets its place. */
class CodeDepthLimitTest {

  @TempDir Path folder;
  private WorkspaceSession session;

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("ws"));
  }

  @AfterEach
  void close() {
    session.close();
  }

  private static String path(int levels) {
    return IntStream.rangeClosed(1, levels).mapToObj(i -> "L" + i).collect(Collectors.joining("/"));
  }

  private static String refusal(Runnable change) {
    BadInputException bad = catchThrowableOfType(change::run, BadInputException.class);
    assertThat(bad).as("refused").isNotNull();
    return bad.problems().stream().map(Problem::toString).findFirst().orElseThrow();
  }

  @Test
  void aPathOfTwentyLevelsIsMadeAndOfTwentyOneRefused() {
    Code twentieth = session.codebook().ensurePath(path(20));

    assertThat(session.codebook().tree().depthOf(twentieth.id())).isEqualTo(19);
    assertThat(refusal(() -> session.codebook().ensurePath(path(21))))
        .isEqualTo("Code: the code path would have 21 levels; a code path has at most 20");
  }

  @Test
  void aCodeCannotBeAddedBelowTheTwentiethLevel() {
    Code twentieth = session.codebook().ensurePath(path(20));

    assertThat(
            refusal(
                () ->
                    session
                        .codebook()
                        .create(new Code(0, twentieth.id(), "Too deep", "", null, "", 0))))
        .contains("21 levels");
  }

  @Test
  void movingOrMergingASubtreeMayNotPushItPastTwentyLevels() {
    Code nineteenth = session.codebook().ensurePath(path(19));
    Code eighteenth = session.codebook().tree().get(nineteenth.parentId());
    Code twoLevels = session.codebook().ensurePath("Other/Child");
    session.codebook().ensurePath("Merged/Sub/Subsub");
    Code mergedAway = session.codebook().ensurePath("Merged");

    assertThat(refusal(() -> session.codebook().move(twoLevels.parentId(), nineteenth.id())))
        .contains("21 levels");
    session.codebook().move(twoLevels.parentId(), eighteenth.id());
    assertThat(refusal(() -> session.codebook().merge(mergedAway.id(), nineteenth.id())))
        .contains("21 levels");
  }
}
