package com.outsidein.exchange.refi;

import com.outsidein.domain.Account;
import com.outsidein.domain.Code;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Highlight;
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
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A small workspace for exchange files: notes with CRLF line endings, an emoji and combining marks,
 * passages highlighted after each of them, a no-quote speaker whose passage must leave withheld, a
 * two-level codebook with colour, definition and memo, an observation with no passage and an
 * insight.
 */
final class ExchangeWorkspace {

  static final String NED_WORDS = "we type every order twice";
  static final String NOTES =
      "Intro line\r\n"
          + "Ana: the setup 😀 took ages\r\n"
          + "Ned: "
          + NED_WORDS
          + "\r\n"
          + "Ana: café crème (cafe\u0301 cre\u0300me) is what we drink\r\n";
  static final String TRANSCRIPT = "Ana: only Ana speaks here 👍🏽 and that is fine.\nThe end.";

  final WorkspaceSession session;
  final long study;
  final long interview;
  final long ana;
  final long ned;
  final long parent;
  final long child;
  final long setup;
  final long nedPassage;
  final long drink;
  final long loose;

  private ExchangeWorkspace(Path file) {
    session = WorkspaceSession.create(file);
    study = session.studies().create(Study.titled("Depots")).id();
    long interviewer = session.team().findOrCreate("Ivy Interviewer", null).id();
    Account account = session.people().createAccount(Account.named("Acme Haulage"));
    LocalDate agreed = LocalDate.of(2025, 12, 1);
    ana =
        session
            .people()
            .createPerson(
                new Person(
                    0,
                    "Ana Allows",
                    "Dispatcher",
                    account.id(),
                    null,
                    new Consent(agreed, true, true, false, null)))
            .id();
    ned =
        session
            .people()
            .createPerson(
                new Person(
                    0,
                    "Ned Noquote",
                    "Owner",
                    null,
                    null,
                    new Consent(agreed, true, false, false, null)))
            .id();
    parent =
        session
            .codebook()
            .create(new Code(0, null, "Setup", "Getting going", "#3366CC", "Watch this", 1))
            .id();
    child = session.codebook().create(new Code(0, parent, "Slow setup", "", null, "", 1)).id();
    interview =
        session
            .interviews()
            .create(
                new Interview(
                    0,
                    study,
                    "Depot visit",
                    LocalDate.of(2026, 1, 10),
                    interviewer,
                    null,
                    null,
                    NOTES,
                    "",
                    null),
                List.of(ana, ned))
            .id();
    setup = passage(NOTES, "the setup 😀 took ages", ana, ObservationKind.SAYS, List.of(child));
    nedPassage = passage(NOTES, NED_WORDS, ned, ObservationKind.SAYS_THEY_DO, List.of(parent));
    drink =
        passage(
            NOTES,
            "cafe\u0301 cre\u0300me) is what we drink",
            ana,
            ObservationKind.DOES,
            List.of(parent, child));
    loose =
        session
            .observations()
            .create(
                new Observation(
                    0,
                    study,
                    interview,
                    ana,
                    "Ana would pay for faster setup",
                    null,
                    ObservationKind.NOTE,
                    null,
                    null,
                    null,
                    1,
                    null,
                    null),
                List.of(parent))
            .id();
    session
        .insights()
        .create(
            new Insight(
                0,
                study,
                "Setup is slow",
                "Customers wait for setup",
                Facet.PROBLEMS,
                KnowledgeStage.HEURISTIC,
                Level.MEDIUM,
                Level.HIGH,
                InsightStatus.DRAFT),
            List.of(setup, nedPassage));
  }

  static ExchangeWorkspace build(Path file) {
    return new ExchangeWorkspace(file);
  }

  private long passage(
      String text, String words, long speaker, ObservationKind kind, List<Long> codes) {
    int start = text.indexOf(words);
    return session
        .observations()
        .create(
            new Observation(
                0,
                study,
                interview,
                speaker,
                words,
                words,
                kind,
                null,
                null,
                null,
                null,
                new Highlight(InterviewField.NOTES, start, start + words.length()),
                null),
            codes)
        .id();
  }
}
