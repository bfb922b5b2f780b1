package com.outsidein.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeUsage;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookViewModelTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private CodebookViewModel model;

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("ws"));
    session = known.session;
    model =
        new CodebookViewModel(
            session.codebook(), session.events(), new Commands(tasks, new RecordingAlerts()));
  }

  @AfterEach
  void close() {
    model.close();
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
  }

  private CodeUsage usage(long codeId) {
    return model.usage().items().stream()
        .filter(u -> u.code().id() == codeId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anObservationCodedAtAParentAndItsChildCountsOnceWithSubcodes() {
    int before = usage(known.pain).withSubcodes();
    int direct = usage(known.pain).observations();

    session.observations().addCode(List.of(known.observations[1]), known.pain);

    assertThat(usage(known.pain).withSubcodes()).isEqualTo(before);
    assertThat(usage(known.pain).observations()).isEqualTo(direct + 1);
    assertThat(model.loadingProperty().get()).isFalse();
  }

  @Test
  void aCodeAddedUnderAnotherShowsInTheTreeAndCannotBeMovedIntoItself() {
    Code[] created = new Code[1];

    model.create(known.pain, "Billing pain", code -> created[0] = code);

    assertThat(model.tree().isWithin(created[0].id(), known.pain)).isTrue();
    assertThat(model.moveTargets(known.pain)).extracting(Code::id).doesNotContain(created[0].id());
  }
}
