package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.SearchHit;
import com.outsidein.domain.SearchKind;
import com.outsidein.domain.SearchResults;
import com.outsidein.domain.Study;
import com.outsidein.exchange.importing.ObservationImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private SearchService search;

  @BeforeEach
  void build() {
    known = KnownWorkspace.build(folder.resolve("known"));
    search = known.session.search();
  }

  @Test
  void findsObservationsAndQuotesWithTheirWordsInContext() {
    SearchResults results = search.search("weekends");
    assertThat(results.counts()).containsEntry(SearchKind.OBSERVATION, 1);
    SearchHit hit = results.hits().get(0);
    assertThat(hit.targetId()).isEqualTo(known.observations[1]);
    assertThat(hit.title()).isEqualTo("Ann Archer · Acme visit");
    assertThat(hit.snippet()).isEqualTo("Setup took two weekends");
    assertThat(hit.snippet().substring(hit.marks().get(0).start(), hit.marks().get(0).end()))
        .isEqualTo("weekends");

    SearchResults quotes = search.search("saturdays");
    assertThat(quotes.counts()).containsOnlyKeys(SearchKind.QUOTE);
    assertThat(quotes.hits().get(0).interviewId()).isNotNull();
  }

  @Test
  void findsNotesTranscriptsAndInsightsGroupedByKind() {
    long interview = known.session.interviews().summaries(null).get(0).id();
    known
        .session
        .interviews()
        .saveText(interview, InterviewField.NOTES, "Dispatch board was blank on arrival.");
    known
        .session
        .interviews()
        .saveText(interview, InterviewField.TRANSCRIPT, "[00:01:02] Ann: the board is blank");
    SearchResults results = search.search("blank");
    assertThat(results.counts())
        .containsEntry(SearchKind.NOTES, 1)
        .containsEntry(SearchKind.TRANSCRIPT, 1);
    SearchHit transcript =
        results.hits().stream().filter(h -> h.kind() == SearchKind.TRANSCRIPT).findFirst().get();
    assertThat(transcript.match().start()).isEqualTo("[00:01:02] Ann: the board is ".length());

    String insightTitle =
        known.session.insights().summaries().get(0).insight().title().split(" ")[0];
    assertThat(search.search(insightTitle).counts()).containsKey(SearchKind.INSIGHT);
    List<SearchKind> order = results.hits().stream().map(SearchHit::kind).toList();
    assertThat(order).isSortedAccordingTo(Enum::compareTo);
  }

  @Test
  void aWordTypedIntoAnObservationIsFoundAtOnceAndGoneWhenTheObservationIsDeleted() {
    assertThat(search.search("zeppelin").total()).isZero();
    Observation before = known.session.observations().get(known.observations[3]).orElseThrow();
    known
        .session
        .observations()
        .update(
            new Observation(
                before.id(),
                before.studyId(),
                before.interviewId(),
                before.speakerId(),
                before.text() + " by zeppelin",
                before.quote(),
                before.kind(),
                before.journeyStageId(),
                before.touchpointId(),
                before.functionId(),
                before.sentiment(),
                before.highlight(),
                before.importBatchId()));
    assertThat(search.search("zeppelin").counts()).containsEntry(SearchKind.OBSERVATION, 1);

    known.session.observations().delete(List.of(before.id()));
    assertThat(search.search("zeppelin").total()).isZero();

    known.session.history().undo();
    assertThat(search.search("zeppelin").counts()).containsEntry(SearchKind.OBSERVATION, 1);
  }

  @Test
  void aForgottenPersonsNameIsNoLongerFound() {
    assertThat(search.search("Archer").total()).isZero();
    long interview = known.session.interviews().summaries(null).get(0).id();
    known
        .session
        .interviews()
        .saveText(interview, InterviewField.NOTES, "Met Ann Archer at the depot.");
    assertThat(search.search("Archer").counts()).containsEntry(SearchKind.NOTES, 1);
    known.session.people().forget(known.ann);
    assertThat(search.search("Archer").total()).isZero();
  }

  @Test
  void anIndexBuiltAfreshFromTheWorkspaceAnswersTheSame() {
    SearchResults warm = search.search("setup");
    SearchResults fresh =
        new SearchService(freshWorkspace(), new WorkspaceEvents()).search("setup");
    assertThat(fresh.counts()).isEqualTo(warm.counts());
    assertThat(fresh.hits()).isEqualTo(warm.hits());
  }

  @Test
  void findsWordsByTheirStemsAndWithoutTheirAccents() {
    long study = known.session.studies().all().get(0).id();
    Observation cafe =
        known
            .session
            .observations()
            .create(Observation.note(study, "The cafe schedule slipped"), List.of());

    assertThat(ids(search.search("café schedules"))).containsExactly(cafe.id());
    assertThat(ids(search.search("\"café scheduled\""))).containsExactly(cafe.id());
  }

  @Test
  void importedObservationsAreFoundAtOnceAndGoneWhenTheImportIsRemoved() throws Exception {
    assertThat(search.search("marzipan").total()).isZero();
    Path csv = folder.resolve("more.csv");
    Files.writeString(csv, "observation,kind\nMarzipan at every depot,note\n");
    ImportSummary imported =
        new ObservationImporter(known.session)
            .importObservations(csv, KnownWorkspace.FLEET, false, ImportProgress.NONE);

    assertThat(search.search("marzipan").counts()).containsEntry(SearchKind.OBSERVATION, 1);

    known.session.imports().remove(imported.batchId());
    assertThat(search.search("marzipan").total()).isZero();
  }

  @Test
  void theIndexOfAnEncryptedWorkspaceWritesNoFile() throws Exception {
    String secret = "Quixotic zeppelin 4471";
    Path encrypted = folder.resolve("secret");
    try (WorkspaceSession session =
        WorkspaceSession.create(encrypted, "a long password".toCharArray())) {
      long study = session.studies().create(Study.titled("Secret")).id();
      session.observations().create(Observation.note(study, "Seen: " + secret), List.of());
      Set<Path> before = filesUnder(folder);

      session.search().prepare();
      assertThat(session.search().search("quixotic zeppelin").total()).isEqualTo(1);

      Set<Path> after = filesUnder(folder);
      after.removeAll(before);
      assertThat(after).as("files the search index wrote").isEmpty();
      for (Path file : filesUnder(folder)) {
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
            .as("the workspace's text in %s", file)
            .doesNotContain("Quixotic");
      }
    }
  }

  private static Set<Path> filesUnder(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).collect(Collectors.toCollection(HashSet::new));
    }
  }

  private static List<Long> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::targetId).toList();
  }

  private com.outsidein.store.Workspace freshWorkspace() {
    known.session.close();
    return com.outsidein.store.Workspace.open(folder.resolve("known"));
  }
}
