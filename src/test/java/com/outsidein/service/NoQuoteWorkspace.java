package com.outsidein.service;

import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Person;
import com.outsidein.domain.Study;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A workspace where Ned has not agreed to be quoted and Dee has: Ned's words reach observations in
 * every way the issue names (a highlighted passage, a text repeating the quote, a text sharing
 * eight words with the transcript), beside a paraphrase; they are evidence of an insight, cited on
 * a canvas, and frozen in a version of it.
 */
public final class NoQuoteWorkspace {

  public static final String NED_SAYS = "Honestly we type every single order into two systems";
  public static final String TRANSCRIPT =
      "Ned: "
          + NED_SAYS
          + " by hand and it is painful.\n"
          + "Dee: Our drivers print the route sheets every morning before six.";
  public static final String DEE_QUOTE = "Our drivers print the route sheets every morning";
  public static final String NED_QUOTE = "It took two weekends";
  public static final String QUOTING_TEXT = "Ned said it took two weekends to get going";
  public static final String SHARING_TEXT =
      "Ned: we type every single order into two systems, so errors creep in";
  public static final String PARAPHRASE = "Ned finds the setup slow";

  public final WorkspaceSession session;
  public final long ned;
  public final long dee;
  public final long passage;
  public final long quoting;
  public final long sharing;
  public final long paraphrase;
  public final long deeSays;
  public final long insight;
  public final long canvas;

  private NoQuoteWorkspace(Path file) {
    session = WorkspaceSession.create(file);
    long study = session.studies().create(Study.titled("Depots")).id();
    LocalDate agreed = LocalDate.of(2025, 12, 1);
    ned = person("Ned Noquote", new Consent(agreed, true, false, false, null));
    dee = person("Dee Quoted", new Consent(agreed, true, true, false, null));
    long visit =
        session
            .interviews()
            .create(
                new Interview(
                    0,
                    study,
                    "Depot visit",
                    LocalDate.of(2026, 1, 10),
                    null,
                    null,
                    null,
                    "",
                    TRANSCRIPT,
                    null),
                List.of(ned, dee))
            .id();
    int start = TRANSCRIPT.indexOf("Honestly");
    Observation fromPassage =
        session
            .observations()
            .createFromPassage(
                visit, InterviewField.TRANSCRIPT, start, TRANSCRIPT.indexOf("painful.") + 8);
    passage = fromPassage.id();
    if (fromPassage.speakerId() == null || fromPassage.speakerId() != ned) {
      throw new IllegalStateException("the passage should be Ned's: " + fromPassage);
    }
    quoting = observe(study, visit, ned, QUOTING_TEXT, NED_QUOTE);
    sharing = observe(study, visit, ned, SHARING_TEXT, null);
    paraphrase = observe(study, visit, ned, PARAPHRASE, null);
    deeSays = observe(study, visit, dee, "Dee describes the morning routine", DEE_QUOTE);
    insight =
        session
            .insights()
            .create(
                new Insight(
                    0,
                    study,
                    "Double entry hurts",
                    "Orders are typed twice",
                    Facet.PROBLEMS,
                    KnowledgeStage.HEURISTIC,
                    Level.MEDIUM,
                    Level.HIGH,
                    InsightStatus.DRAFT),
                List.of(passage, quoting, sharing, paraphrase, deeSays))
            .id();
    canvas =
        session
            .canvases()
            .create(new Canvas(0, "Depot plan", study, null, CanvasStatus.ACTIVE))
            .id();
    long think =
        session.canvases().prompts(canvas).stream()
            .filter(p -> p.section() == CanvasSection.THINK)
            .findFirst()
            .orElseThrow()
            .id();
    session
        .canvases()
        .addEntry(
            CanvasEntry.answer(think, "Orders are typed twice"),
            List.of(
                CitationTarget.observation(passage),
                CitationTarget.observation(quoting),
                CitationTarget.observation(sharing),
                CitationTarget.observation(paraphrase),
                CitationTarget.observation(deeSays)));
    session.canvases().freeze(canvas, "Before the review");
  }

  public static NoQuoteWorkspace build(Path file) {
    return new NoQuoteWorkspace(file);
  }

  /** Dee withdraws her consent today. */
  public void deeWithdraws() {
    Person before = session.people().get(dee).orElseThrow();
    Consent consent = before.consent();
    session
        .people()
        .updatePerson(
            new Person(
                dee,
                before.name(),
                before.role(),
                before.accountId(),
                before.email(),
                new Consent(
                    consent.givenOn(),
                    consent.notes(),
                    consent.quotes(),
                    consent.recording(),
                    LocalDate.now())),
            "Withdrew");
  }

  private long person(String name, Consent consent) {
    return session.people().createPerson(new Person(0, name, null, null, null, consent)).id();
  }

  private long observe(long study, long interview, long speaker, String text, String quote) {
    return session
        .observations()
        .create(
            new Observation(
                0,
                study,
                interview,
                speaker,
                text,
                quote,
                ObservationKind.SAYS,
                null,
                null,
                null,
                null,
                null,
                null),
            List.of())
        .id();
  }
}
