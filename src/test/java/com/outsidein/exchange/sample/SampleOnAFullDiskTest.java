package com.outsidein.exchange.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import com.outsidein.service.SessionOf;
import com.outsidein.store.FillingDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A sample that cannot be finished leaves nothing behind and names the path the person gave. */
class SampleOnAFullDiskTest {

  @TempDir Path folder;

  @AfterEach
  void roomOnTheDiskAgain() {
    FillingDisk.empty();
  }

  // 16 KB fills up while the schema is made, 400 KB while the sample data goes in.
  @ParameterizedTest
  @ValueSource(longs = {16 * 1024, 400 * 1024})
  void aFullDiskLeavesNoUnfinishedFilesAndNamesTheGivenPath(long room) throws IOException {
    Path given = folder.resolve("new");

    assertThatThrownBy(
            () ->
                SampleWorkspace.build(
                    given, path -> SessionOf.workspace(FillingDisk.createWorkspace(path, room))))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.DISK_FULL);
              assertThat(e.getMessage())
                  .contains(folder.resolve("new.mv.db").toString())
                  .doesNotContain("unfinished");
            });
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
  }
}
