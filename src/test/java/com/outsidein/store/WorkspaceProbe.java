package com.outsidein.store;

import static com.outsidein.store.generated.Tables.INSIGHT;
import static com.outsidein.store.generated.Tables.INSIGHT_EVIDENCE;
import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.OBSERVATION;
import static com.outsidein.store.generated.Tables.OBSERVATION_CODE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.impl.DSL;

/** Test-side checks that look straight into a workspace's tables. */
public final class WorkspaceProbe {

  private static final Pattern CRASH_TITLE = Pattern.compile("crash -?\\d+ #(\\d+) k=(\\d+)");

  private WorkspaceProbe() {}

  /** What the crash test finds: observations per transaction number, and broken invariants. */
  public record Integrity(Map<Integer, Integer> observationsByTransaction, List<String> problems) {}

  /**
   * Opens the workspace (as the app would after a crash) and checks that every transaction is
   * whole: each interview has exactly the observations its title says, each of them coded, and an
   * insight resting on all of them; and that no row points at a missing one.
   */
  public static Integrity checkCrashWorkspace(Path file) {
    try (Workspace workspace = Workspace.open(file)) {
      return workspace.read(
          tx -> {
            var ctx = tx.ctx();
            Map<Integer, Integer> counts = new HashMap<>();
            List<String> problems = new ArrayList<>();
            for (var interview : ctx.selectFrom(INTERVIEW).fetch()) {
              Matcher m = CRASH_TITLE.matcher(interview.getTitle());
              if (!m.matches()) {
                problems.add("unexpected interview " + interview.getTitle());
                continue;
              }
              int n = Integer.parseInt(m.group(1));
              int expected = Integer.parseInt(m.group(2));
              int observations =
                  ctx.fetchCount(OBSERVATION, OBSERVATION.INTERVIEW_ID.eq(interview.getId()));
              int coded =
                  ctx.fetchCount(
                      ctx.select(OBSERVATION_CODE.OBSERVATION_ID)
                          .from(OBSERVATION_CODE)
                          .join(OBSERVATION)
                          .on(OBSERVATION.ID.eq(OBSERVATION_CODE.OBSERVATION_ID))
                          .where(OBSERVATION.INTERVIEW_ID.eq(interview.getId())));
              int evidence =
                  ctx.fetchCount(
                      ctx.select(INSIGHT_EVIDENCE.OBSERVATION_ID)
                          .from(INSIGHT_EVIDENCE)
                          .join(INSIGHT)
                          .on(INSIGHT.ID.eq(INSIGHT_EVIDENCE.INSIGHT_ID))
                          .where(INSIGHT.TITLE.eq("Insight of " + n)));
              if (observations != expected || coded != expected || evidence != expected) {
                problems.add(
                    "transaction "
                        + n
                        + " is not whole: "
                        + observations
                        + " observations, "
                        + coded
                        + " coded, "
                        + evidence
                        + " as evidence, expected "
                        + expected);
              }
              counts.put(n, observations);
            }
            int insights = ctx.fetchCount(INSIGHT);
            if (insights != counts.size()) {
              problems.add(insights + " insights for " + counts.size() + " interviews");
            }
            int orphans =
                ctx.fetchCount(
                    OBSERVATION,
                    OBSERVATION.INTERVIEW_ID.notIn(DSL.select(INTERVIEW.ID).from(INTERVIEW)));
            if (orphans > 0) {
              problems.add(orphans + " observations without their interview");
            }
            return new Integrity(counts, problems);
          });
    }
  }
}
