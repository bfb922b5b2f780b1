package com.outsidein.reliability;

import com.outsidein.domain.Code;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.Interview;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Study;
import com.outsidein.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: commits realistic multi-table transactions (an
 * interview with its observations, their codings and an insight resting on them) one after the
 * other, printing "COMMITTED n k" after each commit, until it is killed.
 */
public final class CrashWriter {

  private CrashWriter() {}

  /** Interview titles say how many observations their transaction wrote. */
  static String title(long seed, int n, int observations) {
    return "crash " + seed + " #" + n + " k=" + observations;
  }

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    long seed = Long.parseLong(args[1]);
    int start = Integer.parseInt(args[2]);
    Random random = new Random(seed);
    try (Workspace workspace = Files.exists(file) ? Workspace.open(file) : Workspace.create(file)) {
      long studyId =
          workspace.write(
              tx ->
                  tx.studies()
                      .findByTitle("Crash study")
                      .orElseGet(() -> tx.studies().insert(Study.titled("Crash study")))
                      .id());
      for (int n = start; ; n++) {
        int observations = 1 + random.nextInt(12);
        String text = "x".repeat(random.nextInt(3000));
        int number = n;
        workspace.update(
            tx -> {
              Interview interview =
                  tx.interviews()
                      .insert(
                          new Interview(
                              0,
                              studyId,
                              title(seed, number, observations),
                              LocalDate.now(),
                              null,
                              null,
                              null,
                              "Notes " + text,
                              "",
                              null));
              Code code =
                  tx.codes()
                      .findChild(null, "Crash code")
                      .orElseGet(
                          () ->
                              tx.codes().insert(new Code(0, null, "Crash code", "", null, "", 0)));
              List<Long> ids = new ArrayList<>();
              for (int i = 0; i < observations; i++) {
                Observation o =
                    tx.observations()
                        .insert(
                            new Observation(
                                0,
                                studyId,
                                interview.id(),
                                null,
                                "Observation " + i + " of " + number,
                                "quote " + i,
                                ObservationKind.SAYS,
                                null,
                                null,
                                null,
                                1,
                                null,
                                null));
                tx.observations().addCodes(o.id(), List.of(code.id()));
                ids.add(o.id());
              }
              Insight insight =
                  tx.insights()
                      .insert(
                          new Insight(
                              0,
                              studyId,
                              "Insight of " + number,
                              text,
                              Facet.PROBLEMS,
                              KnowledgeStage.MYSTERY,
                              Level.LOW,
                              Level.LOW,
                              InsightStatus.DRAFT));
              tx.insights().addEvidence(insight.id(), ids);
            });
        System.out.println("COMMITTED " + n + " " + observations);
        System.out.flush();
      }
    }
  }
}
