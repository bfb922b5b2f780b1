package com.outsidein.service;

import com.outsidein.domain.Account;
import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasPrompt;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.Code;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Horizon;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.Interview;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Person;
import com.outsidein.domain.Progress;
import com.outsidein.domain.Study;
import com.outsidein.domain.StudyStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A small workspace with known numbers, built through the services: two studies, two accounts,
 * three people (one without consent for quotes, one who withdrew), three interviews, eight
 * observations (some with text that looks like a formula), three insights and two canvases.
 *
 * <p>In study "Fleet study": code Pain/Setup has 1 says, 2 does (sentiments -2, -1) and 3
 * says-they-do (sentiments +1, 0 and none), so its gap is 0.5 − (−1.5) = 2.0 and is flagged; three
 * quotes are withheld (Bob's two and Cy's one).
 */
public final class KnownWorkspace {

  public static final String FLEET = "Fleet study";
  public static final String OTHER = "Other study";
  public static final String FORMULA_TEXT = "=1+1 typed into the notes field";
  public static final String MINUS_QUOTE = "-the board is great";

  public final WorkspaceSession session;
  public final long fleet;
  public final long other;
  public final long pain;
  public final long setup;
  public final long joy;
  public final long ann;
  public final long bob;
  public final long cy;
  public final long[] observations = new long[9];
  public final long setupInsight;
  public final long crossInsight;
  public final long otherInsight;
  public final long planCanvas;
  public final long otherCanvas;

  private KnownWorkspace(Path file) {
    session = WorkspaceSession.create(file);
    long rita = session.team().findOrCreate("Rita Researcher", "rita@us.example").id();
    fleet =
        session
            .studies()
            .create(
                new Study(
                    0,
                    FLEET,
                    "Why do fleets stall at setup?\nWho decides on renewal?",
                    "Interviews",
                    StudyStatus.RUNNING,
                    LocalDate.of(2026, 1, 5),
                    LocalDate.of(2026, 3, 31),
                    rita))
            .id();
    other = session.studies().create(Study.titled(OTHER)).id();

    long smb = dimension(Dimension.SEGMENT, "SMB");
    long publicSector = dimension(Dimension.SEGMENT, "Public sector");
    long acme =
        session
            .people()
            .createAccount(new Account(0, "Acme", smb, null, null, null, null, null, null))
            .id();
    long council =
        session
            .people()
            .createAccount(
                new Account(0, "Council", publicSector, null, null, null, null, null, null))
            .id();
    ann =
        person(
            "Ann Archer",
            "Dispatcher",
            acme,
            "ann@acme.example",
            new Consent(LocalDate.of(2025, 12, 1), true, true, false, null));
    bob =
        person(
            "Bob Baker",
            "Manager",
            council,
            "bob@council.example",
            new Consent(LocalDate.of(2025, 12, 1), true, false, false, null));
    cy =
        person(
            "Cy Cole",
            null,
            null,
            null,
            new Consent(LocalDate.of(2025, 12, 1), true, true, false, LocalDate.of(2026, 1, 1)));

    pain =
        session.codebook().create(new Code(0, null, "Pain", "Things that hurt", null, "", 0)).id();
    setup =
        session
            .codebook()
            .create(new Code(0, pain, "Setup", "Getting started", "#1F6FB2", "", 0))
            .id();
    joy = session.codebook().create(new Code(0, null, "Joy", "What delights", null, "", 0)).id();

    long acmeVisit =
        interview(
            fleet, "Acme visit", LocalDate.of(2026, 1, 10), rita, "Site visit", "Onboard", ann);
    long councilCall =
        interview(
            fleet, "Council call", LocalDate.of(2026, 1, 20), rita, "Phone", "Adopt", bob, cy);
    long laterChat =
        interview(other, "Later chat", LocalDate.of(2026, 2, 1), rita, "Video", null, bob);

    observations[1] =
        observe(
            fleet,
            acmeVisit,
            ann,
            ObservationKind.SAYS,
            "Setup took two weekends",
            "It took two Saturdays.",
            "Onboard",
            -1,
            setup);
    observations[2] =
        observe(
            fleet, acmeVisit, ann, ObservationKind.DOES, FORMULA_TEXT, null, "Onboard", -2, setup);
    observations[3] =
        observe(
            fleet,
            councilCall,
            bob,
            ObservationKind.DOES,
            "Re-keys every job",
            "We type it all twice.",
            "Adopt",
            -1,
            setup);
    observations[4] =
        observe(
            fleet,
            councilCall,
            bob,
            ObservationKind.SAYS_THEY_DO,
            "Says everything is in the app",
            "Everything is in the app.",
            "Adopt",
            1,
            setup);
    observations[5] =
        observe(
            fleet,
            acmeVisit,
            ann,
            ObservationKind.SAYS_THEY_DO,
            "Ann says the team loves the board",
            MINUS_QUOTE,
            null,
            0,
            setup,
            joy);
    observations[6] =
        observe(
            fleet,
            councilCall,
            cy,
            ObservationKind.SAYS_THEY_DO,
            "Cy says they plan weekly",
            "We plan every Monday.",
            null,
            null,
            setup);
    observations[7] =
        observe(
            fleet,
            null,
            null,
            ObservationKind.NOTE,
            "@mention: desk research note",
            null,
            "Onboard",
            null,
            joy);
    observations[8] =
        observe(
            other,
            laterChat,
            bob,
            ObservationKind.DOES,
            "Bob now uses the app",
            null,
            null,
            2,
            setup);

    setupInsight =
        insight(
            fleet,
            "Setup is the pain",
            Facet.PROBLEMS,
            observations[1],
            observations[3],
            observations[5]);
    crossInsight =
        insight(
            null, "Teams drift back to paper", Facet.PREDICTIONS, observations[8], observations[2]);
    otherInsight = insight(other, "Bob came round", Facet.MEANING, observations[8]);

    planCanvas =
        session
            .canvases()
            .create(new Canvas(0, "Plan: 2026/27 [draft]", null, rita, CanvasStatus.ACTIVE))
            .id();
    List<CanvasPrompt> prompts = session.canvases().prompts(planCanvas);
    session
        .canvases()
        .addEntry(
            CanvasEntry.answer(prompt(prompts, CanvasSection.THINK, 0), "They like the board"),
            List.of(
                CitationTarget.insight(setupInsight), CitationTarget.observation(observations[3])));
    session
        .canvases()
        .addEntry(
            new CanvasEntry(
                0,
                prompt(prompts, CanvasSection.PLAN, 1),
                "Track setup time",
                0,
                "Faster setup",
                "Days to first job",
                "Under 7 days",
                Horizon.SHORT,
                "2 people",
                rita,
                null,
                null),
            List.of(CitationTarget.observation(observations[8])));
    session
        .canvases()
        .addEntry(
            new CanvasEntry(
                0,
                prompt(prompts, CanvasSection.DO, 1),
                "Weekly setup review",
                0,
                null,
                null,
                null,
                null,
                null,
                rita,
                "Weekly",
                Progress.IN_PROGRESS),
            List.of());
    session.canvases().addManifestoItem(planCanvas, "Be simple");
    otherCanvas =
        session
            .canvases()
            .create(new Canvas(0, "Other canvas", other, null, CanvasStatus.DRAFT))
            .id();
  }

  public static KnownWorkspace build(Path file) {
    return new KnownWorkspace(file);
  }

  private long dimension(Dimension dimension, String name) {
    return session.dimensions().findOrCreate(dimension, name).id();
  }

  private long person(String name, String role, Long account, String email, Consent consent) {
    return session.people().createPerson(new Person(0, name, role, account, email, consent)).id();
  }

  private long interview(
      long study,
      String title,
      LocalDate date,
      long interviewer,
      String channel,
      String stage,
      long... participants) {
    Interview interview =
        new Interview(
            0,
            study,
            title,
            date,
            interviewer,
            dimension(Dimension.CHANNEL, channel),
            stage == null ? null : dimension(Dimension.JOURNEY_STAGE, stage),
            "Notes of " + title,
            "",
            null);
    return session
        .interviews()
        .create(interview, java.util.Arrays.stream(participants).boxed().toList())
        .id();
  }

  private long observe(
      long study,
      Long interview,
      Long speaker,
      ObservationKind kind,
      String text,
      String quote,
      String stage,
      Integer sentiment,
      long... codes) {
    Observation observation =
        new Observation(
            0,
            study,
            interview,
            speaker,
            text,
            quote,
            kind,
            stage == null ? null : dimension(Dimension.JOURNEY_STAGE, stage),
            dimension(Dimension.TOUCHPOINT, "Setup"),
            dimension(Dimension.FUNCTION, "Services"),
            sentiment,
            null,
            null);
    return session
        .observations()
        .create(observation, java.util.Arrays.stream(codes).boxed().toList())
        .id();
  }

  private long insight(Long study, String title, Facet facet, long... evidence) {
    return session
        .insights()
        .create(
            new Insight(
                0,
                study,
                title,
                "Statement of " + title,
                facet,
                KnowledgeStage.HEURISTIC,
                Level.MEDIUM,
                Level.HIGH,
                InsightStatus.DRAFT),
            java.util.Arrays.stream(evidence).boxed().toList())
        .id();
  }

  private static long prompt(List<CanvasPrompt> prompts, CanvasSection section, int index) {
    return prompts.stream().filter(p -> p.section() == section).toList().get(index).id();
  }
}
