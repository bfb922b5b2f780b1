package com.outsidein.exchange.report;

import com.outsidein.domain.Account;
import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.Code;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.Interview;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.Person;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.store.WorkspaceFiles;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace with many observations for export tests: people, accounts, interviews, codes,
 * insights and a canvas made through the services, and the observations themselves inserted in bulk
 * with SQL (through the services they would take minutes). A third of the people have not agreed to
 * be quoted.
 */
final class BigWorkspace {

  static final String STUDY = "Big study";
  private static final int PEOPLE = 20;
  private static final int INTERVIEWS = 50;
  private static final int CODES = 30;

  private BigWorkspace() {}

  /** Builds the workspace and returns it open. */
  static WorkspaceSession build(Path file, int observations) throws SQLException {
    Path database;
    long study;
    long firstPerson;
    long firstInterview;
    long firstCode;
    long stage;
    long touchpoint;
    long function;
    try (WorkspaceSession session = WorkspaceSession.create(file)) {
      database = session.file();
      study = session.studies().create(Study.titled(STUDY)).id();
      long segment = session.dimensions().findOrCreate(Dimension.SEGMENT, "SMB").id();
      stage = session.dimensions().findOrCreate(Dimension.JOURNEY_STAGE, "Adopt").id();
      touchpoint = session.dimensions().findOrCreate(Dimension.TOUCHPOINT, "Product").id();
      function = session.dimensions().findOrCreate(Dimension.FUNCTION, "Support").id();
      long channel = session.dimensions().findOrCreate(Dimension.CHANNEL, "Video").id();
      long interviewer = session.team().findOrCreate("Rita Researcher", null).id();
      List<Long> people = new ArrayList<>();
      for (int i = 0; i < PEOPLE; i++) {
        long account =
            session
                .people()
                .createAccount(
                    new Account(0, "Account " + i, segment, null, null, null, null, null, null))
                .id();
        Consent consent = new Consent(LocalDate.of(2026, 1, 1), true, i % 3 != 0, false, null);
        people.add(
            session
                .people()
                .createPerson(
                    new Person(
                        0, "Person " + i, "Dispatcher", account, "p" + i + "@x.example", consent))
                .id());
      }
      firstPerson = consecutive(people);
      List<Long> interviews = new ArrayList<>();
      for (int i = 0; i < INTERVIEWS; i++) {
        interviews.add(
            session
                .interviews()
                .create(
                    new Interview(
                        0,
                        study,
                        "Interview " + i,
                        LocalDate.of(2026, 1, 1).plusDays(i),
                        interviewer,
                        channel,
                        stage,
                        "",
                        "",
                        null),
                    List.of(people.get(i % PEOPLE)))
                .id());
      }
      firstInterview = consecutive(interviews);
      List<Long> codes = new ArrayList<>();
      for (int i = 0; i < CODES; i++) {
        Long parent = i % 5 == 0 ? null : codes.get(i - i % 5);
        codes.add(
            session
                .codebook()
                .create(new Code(0, parent, "Code " + i, "Definition " + i, null, "", 0))
                .id());
      }
      firstCode = consecutive(codes);
    }
    insertObservations(
        database,
        observations,
        study,
        firstInterview,
        firstPerson,
        firstCode,
        stage,
        touchpoint,
        function);
    WorkspaceSession session = WorkspaceSession.open(file);
    List<Long> evidence = new ArrayList<>();
    for (long id = 1; id <= Math.min(observations, 2000); id += 100) {
      evidence.add(id);
    }
    long insight =
        session
            .insights()
            .create(
                new Insight(
                    0,
                    study,
                    "Plans live on whiteboards",
                    "Statement",
                    Facet.PROBLEMS,
                    KnowledgeStage.HEURISTIC,
                    Level.HIGH,
                    Level.HIGH,
                    InsightStatus.VALIDATED),
                evidence)
            .id();
    long canvas =
        session
            .canvases()
            .create(new Canvas(0, "Big canvas", study, null, CanvasStatus.ACTIVE))
            .id();
    long prompt = session.canvases().prompts(canvas).get(0).id();
    session
        .canvases()
        .addEntry(
            CanvasEntry.answer(prompt, "Plans live elsewhere"),
            List.of(CitationTarget.insight(insight), CitationTarget.observation(evidence.get(0))));
    return session;
  }

  private static long consecutive(List<Long> ids) {
    for (int i = 1; i < ids.size(); i++) {
      if (ids.get(i) != ids.get(0) + i) {
        throw new IllegalStateException("ids are not consecutive: " + ids);
      }
    }
    return ids.get(0);
  }

  private static void insertObservations(
      Path database,
      int count,
      long study,
      long firstInterview,
      long firstPerson,
      long firstCode,
      long stage,
      long touchpoint,
      long function)
      throws SQLException {
    String base = database.resolveSibling(WorkspaceFiles.baseName(database)).toString();
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "OUTSIDEIN", "")) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO observation (id, study_id, interview_id, speaker_id, text, quote, kind,"
                  + " journey_stage_id, touchpoint_id, function_id, sentiment)"
                  + " SELECT X, ?, ? + MOD(X, ?), ? + MOD(X, ?),"
                  + " 'Observation ' || X || ': the dispatcher re-plans the day on a whiteboard"
                  + " and types it back in afterwards.',"
                  + " CASE WHEN MOD(X, 3) = 0 THEN NULL"
                  + "   ELSE 'We plan it on the whiteboard every Monday, honestly. (' || X || ')' END,"
                  + " CASE MOD(X, 4) WHEN 0 THEN 'SAYS' WHEN 1 THEN 'DOES'"
                  + "   WHEN 2 THEN 'SAYS_THEY_DO' ELSE 'NOTE' END,"
                  + " ?, ?, ?, CASE WHEN MOD(X, 5) = 0 THEN NULL ELSE MOD(X, 5) - 2 END"
                  + " FROM SYSTEM_RANGE(1, ?)")) {
        insert.setLong(1, study);
        insert.setLong(2, firstInterview);
        insert.setInt(3, INTERVIEWS);
        insert.setLong(4, firstPerson);
        insert.setInt(5, PEOPLE);
        insert.setLong(6, stage);
        insert.setLong(7, touchpoint);
        insert.setLong(8, function);
        insert.setInt(9, count);
        insert.executeUpdate();
      }
      try (PreparedStatement codes =
          c.prepareStatement(
              "INSERT INTO observation_code (observation_id, code_id)"
                  + " SELECT id, ? + MOD(id, ?) FROM observation"
                  + " UNION SELECT id, ? + MOD(id + 7, ?) FROM observation WHERE MOD(id, 2) = 0")) {
        codes.setLong(1, firstCode);
        codes.setInt(2, CODES);
        codes.setLong(3, firstCode);
        codes.setInt(4, CODES);
        codes.executeUpdate();
      }
      try (PreparedStatement restart =
          c.prepareStatement(
              "ALTER TABLE observation ALTER COLUMN id RESTART WITH " + (count + 1))) {
        restart.executeUpdate();
      }
    }
  }
}
