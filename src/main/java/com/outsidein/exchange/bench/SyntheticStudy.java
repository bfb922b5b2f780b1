package com.outsidein.exchange.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A study the size a bench asks for, in the observation import format: 20 observations per
 * interview, 500 people at 80 accounts, a three-level codebook of 60 codes, and notes and
 * transcripts of realistic length for every interview.
 */
final class SyntheticStudy {

  /** The import format's columns, in the order its table in the design notes lists them. */
  static final List<String> COLUMNS =
      List.of(
          "id",
          "interview",
          "interview_date",
          "participant",
          "participant_email",
          "role",
          "account",
          "segment",
          "interviewer",
          "channel",
          "journey_stage",
          "touchpoint",
          "function",
          "kind",
          "observation",
          "quote",
          "codes",
          "sentiment");

  static final int OBSERVATIONS_PER_INTERVIEW = 20;
  static final int PEOPLE = 500;
  static final int ACCOUNTS = 80;

  private static final String[] SEGMENTS = {
    "Large enterprise", "Public sector", "Strategic alliance", "Channel partner", "SMB", "Consumer"
  };
  private static final String[] CHANNELS = {"In person", "Video", "Phone", "Site visit", "Survey"};
  private static final String[] STAGES = {
    "Discover", "Evaluate", "Buy", "Onboard", "Adopt", "Renew", "Expand", "Advocate"
  };
  private static final String[] TOUCHPOINTS = {
    "Website", "Sales call", "Demo", "Contract", "Setup", "Product", "Support", "Invoice"
  };
  private static final String[] FUNCTIONS = {
    "Sales", "Marketing", "Services", "Customer success", "Support", "Product", "Partner"
  };
  private static final String[] KINDS = {"says", "does", "says-they-do", "note"};
  private static final String[] ROLES = {"Owner", "Dispatcher", "Technician", "Manager", "Admin"};
  private static final String[] FIRST = {
    "Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Gus", "Hana", "Ivo", "Jun", "Kira", "Luca",
    "Mina", "Nils", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tess"
  };
  private static final String[] LAST = {
    "Archer", "Brandt", "Costa", "Dunn", "Evans", "Fischer", "Gray", "Haddad", "Ito", "Jensen",
    "Kowal", "Lopez", "Moreau", "Novak", "Okafor"
  };

  private final int observations;
  private final long seed;
  private final List<String> codePaths = new ArrayList<>();

  SyntheticStudy(int observations, long seed) {
    this.observations = observations;
    this.seed = seed;
    Prose names = new Prose(seed ^ 0x5eed);
    for (int root = 0; root < 3; root++) {
      String rootName = "Theme " + capitalised(names.coined());
      for (int child = 0; child < 3; child++) {
        String childName = rootName + "/" + capitalised(names.coined()) + " " + (child + 1);
        int leaves = child == 0 && root < 3 ? 6 : 5;
        for (int leaf = 0; leaf < leaves && codePaths.size() < 48; leaf++) {
          codePaths.add(childName + "/" + capitalised(names.word()) + " " + (leaf + 1));
        }
      }
    }
  }

  int interviews() {
    return (observations + OBSERVATIONS_PER_INTERVIEW - 1) / OBSERVATIONS_PER_INTERVIEW;
  }

  static String interviewTitle(int interview) {
    return String.format("Interview %05d", interview + 1);
  }

  /** Writes the observations as a CSV in the import format. */
  void writeCsv(Path file) throws IOException {
    Prose prose = new Prose(seed);
    Random random = prose.random();
    LocalDate start = LocalDate.of(2025, 1, 6);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(
                out,
                CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).build())) {
      for (int i = 0; i < observations; i++) {
        int interview = i / OBSERVATIONS_PER_INTERVIEW;
        int person = (interview * 3 + random.nextInt(3)) % PEOPLE;
        int account = person % ACCOUNTS;
        boolean quoted = random.nextBoolean();
        csv.printRecord(
            i + 1,
            interviewTitle(interview),
            start.plusDays(interview % 700),
            personName(person),
            "person" + person + "@account" + account + ".example",
            ROLES[person % ROLES.length],
            "Account " + (account + 1),
            SEGMENTS[account % SEGMENTS.length],
            "Researcher " + (interview % 10 + 1),
            CHANNELS[interview % CHANNELS.length],
            STAGES[random.nextInt(STAGES.length)],
            TOUCHPOINTS[random.nextInt(TOUCHPOINTS.length)],
            FUNCTIONS[random.nextInt(FUNCTIONS.length)],
            KINDS[random.nextInt(KINDS.length)],
            prose.sentence(8, 30),
            quoted ? prose.sentence(6, 20) : "",
            codes(random),
            random.nextInt(5) == 0 ? "" : Integer.toString(random.nextInt(5) - 2));
      }
    }
  }

  private String codes(Random random) {
    int count = 1 + random.nextInt(3);
    Set<String> chosen = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      chosen.add(codePaths.get(random.nextInt(codePaths.size())));
    }
    return String.join(";", chosen);
  }

  private static String personName(int person) {
    return FIRST[person % FIRST.length]
        + " "
        + LAST[(person / FIRST.length) % LAST.length]
        + " "
        + (person + 1);
  }

  /** About 1,500 characters of notes. */
  String notes(int interview) {
    return new Prose(seed + 1_000_003L * (interview + 1)).paragraph(12);
  }

  /** About 8,000 characters of transcript: timed turns between the interviewer and the customer. */
  String transcript(int interview) {
    Prose prose = new Prose(seed + 7_000_001L * (interview + 1));
    StringBuilder text = new StringBuilder();
    int seconds = 0;
    while (text.length() < 8_000) {
      boolean interviewer = text.length() == 0 || prose.random().nextInt(3) == 0;
      text.append(
              String.format("[%02d:%02d:%02d] ", seconds / 3600, seconds / 60 % 60, seconds % 60))
          .append(interviewer ? "Interviewer" : "Customer")
          .append(": ")
          .append(prose.paragraph(interviewer ? 1 : 3))
          .append('\n');
      seconds += 20 + prose.random().nextInt(90);
    }
    return text.toString();
  }

  /**
   * Searches as people type them, from common to rare: single words across the frequency ranks,
   * phrases, words half typed, and two words anywhere.
   */
  List<String> queries(int count) {
    Prose prose = new Prose(seed ^ 0xbe7c4);
    Random random = prose.random();
    List<String> queries = new ArrayList<>();
    int vocabulary = Prose.vocabularySize();
    while (queries.size() < count) {
      int kind = queries.size() % 5;
      int rank = (int) Math.min(vocabulary - 1, Math.pow(vocabulary, random.nextDouble()));
      String word = Prose.wordOfRank(rank);
      String query =
          switch (kind) {
            case 0, 1 -> word + " ";
            case 2 -> "\"" + phrase(prose) + "\"";
            case 3 -> word.length() > 4 ? word.substring(0, 4) : word;
            default -> word + " " + Prose.wordOfRank(random.nextInt(vocabulary)) + " ";
          };
      if (!queries.contains(query)) {
        queries.add(query);
      }
    }
    return queries;
  }

  private static String phrase(Prose prose) {
    String[] words = prose.sentence(8, 12).replace(",", "").replace(".", "").split(" ");
    int at = prose.random().nextInt(words.length - 1);
    return (words[at] + " " + words[at + 1]).toLowerCase(java.util.Locale.ROOT);
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
