package com.outsidein.exchange.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.outsidein.domain.Account;
import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasPrompt;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Highlight;
import com.outsidein.domain.Horizon;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Person;
import com.outsidein.domain.Progress;
import com.outsidein.domain.Study;
import com.outsidein.domain.StudyStatus;
import com.outsidein.domain.TeamMember;
import com.outsidein.exchange.CsvFiles;
import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** Reads the sample files one by one and writes what they hold through the services. */
final class SampleLoader {

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final WorkspaceSession session;
  private final Map<String, Long> teamByName = new HashMap<>();
  private final Map<String, Long> studyByTitle = new HashMap<>();
  private final Map<String, Long> accountByName = new HashMap<>();
  private final Map<String, Long> personByEmail = new HashMap<>();
  private final Map<String, Interview> interviewByKey = new HashMap<>();
  private final Map<String, Long> observationByKey = new HashMap<>();
  private final Map<String, Long> insightByKey = new HashMap<>();

  SampleLoader(WorkspaceSession session) {
    this.session = session;
  }

  void load() {
    loadStudies();
    loadAccounts();
    loadPeople();
    loadCodebook();
    loadInterviews();
    loadObservations();
    loadInsights();
    loadCanvas();
  }

  record StudiesFile(List<MemberJson> teamMembers, List<StudyJson> studies) {}

  record MemberJson(String name, String email) {}

  record StudyJson(
      String title,
      String researchQuestions,
      String method,
      String status,
      String startsOn,
      String endsOn,
      String owner) {}

  private void loadStudies() {
    StudiesFile file = json("studies.json", StudiesFile.class);
    for (MemberJson member : file.teamMembers()) {
      TeamMember created = session.team().findOrCreate(member.name(), member.email());
      teamByName.put(member.name(), created.id());
    }
    for (StudyJson s : file.studies()) {
      Study study =
          session
              .studies()
              .create(
                  new Study(
                      0,
                      s.title(),
                      s.researchQuestions(),
                      s.method(),
                      StudyStatus.valueOf(s.status()),
                      date(s.startsOn()),
                      date(s.endsOn()),
                      team(s.owner())));
      studyByTitle.put(s.title(), study.id());
    }
  }

  private void loadAccounts() {
    for (CSVRecord r : csv("accounts.csv")) {
      Account account =
          session
              .people()
              .createAccount(
                  new Account(
                      0,
                      r.get("name"),
                      dimension(Dimension.SEGMENT, r.get("segment")),
                      dimension(Dimension.LANE, r.get("lane")),
                      dimension(Dimension.TOUCH_MODEL, r.get("touch_model")),
                      dimension(Dimension.LIFECYCLE_STAGE, r.get("lifecycle_stage")),
                      r.get("region"),
                      r.get("vertical"),
                      r.get("annual_value").isBlank()
                          ? null
                          : new BigDecimal(r.get("annual_value"))));
      accountByName.put(account.name(), account.id());
    }
  }

  private void loadPeople() {
    for (CSVRecord r : csv("people.csv")) {
      Consent consent =
          new Consent(
              date(r.get("consent_given_on")),
              yes(r.get("consent_notes")),
              yes(r.get("consent_quotes")),
              yes(r.get("consent_recording")),
              date(r.get("consent_withdrawn_on")));
      Person person =
          session
              .people()
              .createPerson(
                  new Person(
                      0,
                      r.get("name"),
                      r.get("role"),
                      required(accountByName, r.get("account"), "account"),
                      r.get("email"),
                      consent));
      personByEmail.put(key(r.get("email")), person.id());
    }
  }

  private void loadCodebook() {
    for (CSVRecord r : csv("codebook.csv")) {
      List<String> names = CodeTree.splitPath(r.get("code"));
      Long parentId =
          names.size() == 1
              ? null
              : session
                  .codebook()
                  .ensurePath(String.join(Code.PATH_SEPARATOR, names.subList(0, names.size() - 1)))
                  .id();
      session
          .codebook()
          .create(
              new Code(
                  0,
                  parentId,
                  names.get(names.size() - 1),
                  r.get("definition"),
                  r.get("colour"),
                  r.get("memo"),
                  0));
    }
  }

  private void loadInterviews() {
    for (CSVRecord r : csv("interviews.csv")) {
      long studyId = required(studyByTitle, r.get("study"), "study");
      List<Long> participants = new ArrayList<>();
      for (String email : r.get("participants").split(";")) {
        if (!email.isBlank()) {
          participants.add(required(personByEmail, key(email), "participant"));
        }
      }
      String transcript = r.get("transcript");
      Interview interview =
          session
              .interviews()
              .create(
                  new Interview(
                      0,
                      studyId,
                      r.get("title"),
                      date(r.get("date")),
                      team(r.get("interviewer")),
                      dimension(Dimension.CHANNEL, r.get("channel")),
                      dimension(Dimension.JOURNEY_STAGE, r.get("journey_stage")),
                      SampleFiles.text("interviews/" + r.get("notes")).strip(),
                      transcript.isBlank()
                          ? ""
                          : SampleFiles.text("transcripts/" + transcript).strip(),
                      null),
                  participants);
      interviewByKey.put(r.get("study") + "\n" + r.get("title"), interview);
    }
  }

  private void loadObservations() {
    CodeTree codes = session.codebook().tree();
    Map<String, Long> codeByPath = new HashMap<>();
    codes.depthFirst().forEach(c -> codeByPath.put(codes.pathOf(c.id()), c.id()));
    for (CSVRecord r : csv("observations.csv")) {
      long studyId = required(studyByTitle, r.get("study"), "study");
      Interview interview =
          r.get("interview").isBlank()
              ? null
              : required(interviewByKey, r.get("study") + "\n" + r.get("interview"), "interview");
      String quote = r.get("quote");
      List<Long> codeIds = new ArrayList<>();
      for (String path : r.get("codes").split(";")) {
        if (!path.isBlank()) {
          codeIds.add(required(codeByPath, String.join("/", CodeTree.splitPath(path)), "code"));
        }
      }
      String sentiment = r.get("sentiment");
      Observation observation =
          new Observation(
              0,
              studyId,
              interview == null ? null : interview.id(),
              r.get("participant_email").isBlank()
                  ? null
                  : required(personByEmail, key(r.get("participant_email")), "participant"),
              r.get("observation"),
              quote,
              ObservationKind.fromCode(r.get("kind")).orElseThrow(),
              dimension(Dimension.JOURNEY_STAGE, r.get("journey_stage")),
              dimension(Dimension.TOUCHPOINT, r.get("touchpoint")),
              dimension(Dimension.FUNCTION, r.get("function")),
              sentiment.isBlank() ? null : Integer.valueOf(sentiment.trim()),
              highlightOf(interview, quote),
              null);
      long id = session.observations().create(observation, codeIds).id();
      observationByKey.put(r.get("id"), id);
    }
  }

  /** Where the quote stands in the interview's notes or transcript, so it shows highlighted. */
  private static Highlight highlightOf(Interview interview, String quote) {
    if (interview == null || quote == null || quote.isBlank()) {
      return null;
    }
    for (InterviewField field : InterviewField.values()) {
      int start = interview.text(field).indexOf(quote);
      if (start >= 0) {
        return new Highlight(field, start, start + quote.length());
      }
    }
    return null;
  }

  record InsightJson(
      String key,
      String study,
      String title,
      String statement,
      String facet,
      String knowledgeStage,
      String confidence,
      String impact,
      String status,
      List<String> evidence) {}

  private void loadInsights() {
    InsightJson[] insights = json("insights.json", InsightJson[].class);
    for (InsightJson i : insights) {
      List<Long> evidence =
          i.evidence().stream().map(k -> required(observationByKey, k, "observation")).toList();
      Insight insight =
          session
              .insights()
              .create(
                  new Insight(
                      0,
                      i.study() == null ? null : required(studyByTitle, i.study(), "study"),
                      i.title(),
                      i.statement(),
                      Facet.valueOf(i.facet()),
                      KnowledgeStage.valueOf(i.knowledgeStage()),
                      Level.valueOf(i.confidence()),
                      Level.valueOf(i.impact()),
                      InsightStatus.valueOf(i.status())),
                  evidence);
      insightByKey.put(i.key(), insight.id());
    }
  }

  record CanvasJson(
      String title,
      String study,
      String owner,
      String status,
      List<String> manifesto,
      List<EntryJson> entries) {}

  record EntryJson(
      String section,
      String prompt,
      String answer,
      List<String> cites,
      String objective,
      String measure,
      String target,
      String horizon,
      String cost,
      String owner,
      String cadence,
      String status) {}

  private void loadCanvas() {
    CanvasJson c = json("canvas.json", CanvasJson.class);
    Canvas canvas =
        session
            .canvases()
            .create(
                new Canvas(
                    0,
                    c.title(),
                    c.study() == null ? null : required(studyByTitle, c.study(), "study"),
                    team(c.owner()),
                    CanvasStatus.valueOf(c.status())));
    Map<String, Long> promptByKey = new HashMap<>();
    for (CanvasPrompt prompt : session.canvases().prompts(canvas.id())) {
      promptByKey.put(prompt.section() + "\n" + prompt.text(), prompt.id());
    }
    for (EntryJson e : c.entries()) {
      long promptId =
          required(promptByKey, CanvasSection.valueOf(e.section()) + "\n" + e.prompt(), "prompt");
      List<CitationTarget> cites =
          e.cites().stream()
              .map(
                  k ->
                      k.startsWith("I")
                          ? CitationTarget.insight(required(insightByKey, k, "insight"))
                          : CitationTarget.observation(
                              required(observationByKey, k, "observation")))
              .toList();
      session
          .canvases()
          .addEntry(
              new CanvasEntry(
                  0,
                  promptId,
                  e.answer(),
                  0,
                  e.objective(),
                  e.measure(),
                  e.target(),
                  e.horizon() == null ? null : Horizon.valueOf(e.horizon()),
                  e.cost(),
                  e.owner() == null ? null : team(e.owner()),
                  e.cadence(),
                  e.status() == null ? null : Progress.valueOf(e.status())),
              cites);
    }
    for (String commitment : c.manifesto()) {
      session.canvases().addManifestoItem(canvas.id(), commitment);
    }
  }

  private Long team(String name) {
    return name == null || name.isBlank() ? null : required(teamByName, name, "team member");
  }

  private Long dimension(Dimension dimension, String name) {
    return name == null || name.isBlank()
        ? null
        : session.dimensions().findOrCreate(dimension, name).id();
  }

  private static <V> V required(Map<String, V> known, String key, String what) {
    V value = known.get(key);
    if (value == null) {
      throw new IllegalStateException("The sample refers to an unknown " + what + ": " + key);
    }
    return value;
  }

  private static String key(String email) {
    return email.trim().toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean yes(String value) {
    return "yes".equalsIgnoreCase(value.trim());
  }

  private static LocalDate date(String value) {
    return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
  }

  private static List<CSVRecord> csv(String name) {
    try (Reader reader = SampleFiles.reader(name)) {
      return CsvFiles.readAll(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T json(String name, Class<T> type) {
    try (InputStream in = SampleFiles.stream(name)) {
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
