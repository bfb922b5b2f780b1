package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.CodeMatrix;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.JourneyMap;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.SayDoRow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesisServiceTest {

  @TempDir static Path folder;
  private static KnownWorkspace w;

  @BeforeAll
  static void build() {
    w = KnownWorkspace.build(folder.resolve("known"));
  }

  @AfterAll
  static void close() {
    w.session.close();
  }

  private static Long value(Dimension dimension, String name) {
    return w.session.dimensions().values(dimension).stream()
        .filter(v -> v.name().equals(name))
        .map(DimensionValue::id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void codeBySegmentCountsObservationsThroughTheSpeakersAccount() {
    CodeMatrix matrix = w.session.synthesis().matrix(Dimension.SEGMENT, w.fleet);

    assertThat(matrix.count(w.setup, value(Dimension.SEGMENT, "SMB"))).isEqualTo(3);
    assertThat(matrix.count(w.setup, value(Dimension.SEGMENT, "Public sector"))).isEqualTo(2);
    assertThat(matrix.count(w.setup, null)).isEqualTo(1);
    assertThat(matrix.count(w.joy, value(Dimension.SEGMENT, "SMB"))).isEqualTo(1);
    assertThat(matrix.count(w.joy, null)).isEqualTo(1);
  }

  @Test
  void matrixHasEveryValueInListOrderThenNotSetAndEveryCodeDepthFirst() {
    CodeMatrix matrix = w.session.synthesis().matrix(Dimension.SEGMENT, w.fleet);

    List<String> values =
        w.session.dimensions().values(Dimension.SEGMENT).stream()
            .map(DimensionValue::name)
            .toList();
    assertThat(matrix.columns()).hasSize(values.size() + 1);
    assertThat(matrix.columns().subList(0, values.size()))
        .extracting(CodeMatrix.Column::name)
        .containsExactlyElementsOf(values);
    assertThat(matrix.columns().get(values.size()).isNotSet()).isTrue();
    assertThat(matrix.rows())
        .extracting(CodeMatrix.Row::path)
        .containsExactly("Pain", "Pain/Setup", "Joy");
    assertThat(matrix.rows()).extracting(CodeMatrix.Row::depth).containsExactly(0, 1, 0);
    assertThat(matrix.rows()).extracting(CodeMatrix.Row::total).containsExactly(0, 6, 2);
  }

  @Test
  void codeByJourneyStageUsesTheObservationsOwnStage() {
    CodeMatrix matrix = w.session.synthesis().matrix(Dimension.JOURNEY_STAGE, w.fleet);

    assertThat(matrix.count(w.setup, value(Dimension.JOURNEY_STAGE, "Onboard"))).isEqualTo(2);
    assertThat(matrix.count(w.setup, value(Dimension.JOURNEY_STAGE, "Adopt"))).isEqualTo(2);
    assertThat(matrix.count(w.setup, null)).isEqualTo(2);
    assertThat(matrix.count(w.joy, value(Dimension.JOURNEY_STAGE, "Onboard"))).isEqualTo(1);
  }

  @Test
  void codeByChannelUsesTheInterviewsChannel() {
    CodeMatrix matrix = w.session.synthesis().matrix(Dimension.CHANNEL, w.fleet);

    assertThat(matrix.count(w.setup, value(Dimension.CHANNEL, "Site visit"))).isEqualTo(3);
    assertThat(matrix.count(w.setup, value(Dimension.CHANNEL, "Phone"))).isEqualTo(3);
    assertThat(matrix.count(w.joy, null)).isEqualTo(1);
  }

  @Test
  void aKindNarrowsTheMatrix() {
    CodeMatrix matrix =
        w.session.synthesis().matrix(Dimension.SEGMENT, w.fleet, ObservationKind.DOES);

    assertThat(matrix.kind()).isEqualTo(ObservationKind.DOES);
    assertThat(matrix.count(w.setup, value(Dimension.SEGMENT, "SMB"))).isEqualTo(1);
    assertThat(matrix.count(w.setup, value(Dimension.SEGMENT, "Public sector"))).isEqualTo(1);
    assertThat(matrix.columns()).noneMatch(CodeMatrix.Column::isNotSet);
  }

  @Test
  void everyStudyCountsObservationsOfAllStudies() {
    CodeMatrix matrix = w.session.synthesis().matrix(Dimension.SEGMENT, null);

    assertThat(matrix.count(w.setup, value(Dimension.SEGMENT, "Public sector"))).isEqualTo(3);
  }

  @Test
  void sayDoCountsKindsAndFlagsTheGapInAStudy() {
    List<SayDoRow> rows = w.session.synthesis().sayDo(w.fleet);

    assertThat(rows).extracting(SayDoRow::path).containsExactly("Pain/Setup", "Joy");
    SayDoRow setup = rows.get(0);
    assertThat(setup.codeId()).isEqualTo(w.setup);
    assertThat(setup.says()).isEqualTo(1);
    assertThat(setup.does()).isEqualTo(2);
    assertThat(setup.saysTheyDo()).isEqualTo(3);
    assertThat(setup.doesRated()).isEqualTo(2);
    assertThat(setup.saysTheyDoRated()).isEqualTo(2);
    assertThat(setup.meanDoes()).isCloseTo(-1.5, within(1e-9));
    assertThat(setup.meanSaysTheyDo()).isCloseTo(0.5, within(1e-9));
    assertThat(setup.gap()).isCloseTo(2.0, within(1e-9));
    assertThat(setup.flagged()).isTrue();

    SayDoRow joy = rows.get(1);
    assertThat(joy.saysTheyDo()).isEqualTo(1);
    assertThat(joy.does()).isZero();
    assertThat(joy.meanDoes()).isNull();
    assertThat(joy.gap()).isNull();
    assertThat(joy.flagged()).isFalse();
  }

  @Test
  void sayDoOverEveryStudyTakesInTheOtherStudy() {
    SayDoRow setup = w.session.synthesis().sayDo(null).get(0);

    assertThat(setup.does()).isEqualTo(3);
    assertThat(setup.meanDoes()).isCloseTo(-1.0 / 3, within(1e-9));
    assertThat(setup.gap()).isCloseTo(0.5 + 1.0 / 3, within(1e-9));
    assertThat(setup.flagged()).isFalse();
  }

  private static List<Long> ids(List<AttributedObservation> observations) {
    return observations.stream().map(AttributedObservation::id).toList();
  }

  @Test
  void aMatrixCellOpensTheObservationsItCountsNewestFirst() {
    Long smb = value(Dimension.SEGMENT, "SMB");

    assertThat(
            ids(w.session.synthesis().matrixCell(Dimension.SEGMENT, w.fleet, null, w.setup, smb)))
        .containsExactly(w.observations[5], w.observations[2], w.observations[1]);
    assertThat(
            ids(w.session.synthesis().matrixCell(Dimension.SEGMENT, w.fleet, null, w.setup, null)))
        .containsExactly(w.observations[6]);
    assertThat(
            ids(
                w.session
                    .synthesis()
                    .matrixCell(Dimension.SEGMENT, w.fleet, ObservationKind.DOES, w.setup, smb)))
        .containsExactly(w.observations[2]);
  }

  @Test
  void journeyMapCountsObservationsByStageAndFunctionWithTheirMeanSentiment() {
    JourneyMap map = w.session.synthesis().journeyMap(Dimension.FUNCTION, w.fleet);
    Long services = value(Dimension.FUNCTION, "Services");
    Long onboard = value(Dimension.JOURNEY_STAGE, "Onboard");
    Long adopt = value(Dimension.JOURNEY_STAGE, "Adopt");

    assertThat(map.cell(services, onboard)).isEqualTo(new JourneyMap.Cell(3, 2, -1.5));
    assertThat(map.cell(services, adopt)).isEqualTo(new JourneyMap.Cell(2, 2, 0.0));
    assertThat(map.cell(services, null)).isEqualTo(new JourneyMap.Cell(2, 1, 0.0));
    assertThat(map.cell(value(Dimension.FUNCTION, "Sales"), onboard).isEmpty()).isTrue();
    assertThat(map.total()).isEqualTo(7);
    List<String> stages =
        w.session.dimensions().values(Dimension.JOURNEY_STAGE).stream()
            .map(DimensionValue::name)
            .toList();
    assertThat(map.columns()).hasSize(stages.size() + 1);
    assertThat(map.columns().get(stages.size()).isNotSet()).isTrue();
    assertThat(map.rows()).noneMatch(JourneyMap.Axis::isNotSet);
  }

  @Test
  void journeyMapByTouchpointOverEveryStudyTakesInTheOtherStudy() {
    JourneyMap map = w.session.synthesis().journeyMap(Dimension.TOUCHPOINT, null);
    Long setupTouchpoint = value(Dimension.TOUCHPOINT, "Setup");

    assertThat(map.rowDimension()).isEqualTo(Dimension.TOUCHPOINT);
    assertThat(map.cell(setupTouchpoint, null)).isEqualTo(new JourneyMap.Cell(3, 2, 1.0));
    assertThat(map.total()).isEqualTo(8);
  }

  @Test
  void aJourneyCellOpensItsObservations() {
    Long services = value(Dimension.FUNCTION, "Services");
    Long onboard = value(Dimension.JOURNEY_STAGE, "Onboard");

    assertThat(
            ids(w.session.synthesis().journeyCell(Dimension.FUNCTION, w.fleet, onboard, services)))
        .containsExactly(w.observations[7], w.observations[2], w.observations[1]);
    assertThat(ids(w.session.synthesis().journeyCell(Dimension.FUNCTION, w.fleet, null, services)))
        .containsExactly(w.observations[6], w.observations[5]);
  }
}
