package com.outsidein.exchange.refi;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.QdaProject;
import com.outsidein.exchange.refi.TextParts.Ref;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns what {@link ProjectReader} gathered into a checked {@link QdaProject}: every reference must
 * name a GUID the file defines, every selection must lie inside its text (code points over the LF
 * text, turned into the editor's UTF-16 offsets), and OutsideIn's own variables give back what the
 * standard has no place for.
 */
final class ProjectResolver {

  /** The most characters an interview's text may hold. */
  static final int MAX_TEXT = 1_000_000;

  private final ProjectReader read;
  private final SourceTexts texts;
  private final Map<String, String> variableNames = new HashMap<>();
  private final Map<String, Integer> notCarried;
  private final Set<String> usedNotes = new HashSet<>();
  private final Map<String, QdaProject.Note> notes = new HashMap<>();

  ProjectResolver(ProjectReader read, SourceTexts texts) {
    this.read = read;
    this.texts = texts;
    this.notCarried = new TreeMap<>(read.notCarried);
    read.variables.forEach((guid, name) -> variableNames.put(guid, name == null ? "" : name));
  }

  QdaProject resolve(String fileName, String sha256) {
    checkReferences();
    read.notes.forEach((guid, parts) -> notes.put(guid, note(parts)));
    List<QdaProject.User> users = new ArrayList<>();
    for (String[] user : read.users) {
      users.add(new QdaProject.User(user[0], user[1]));
    }
    List<QdaProject.CodeNode> codes = new ArrayList<>();
    for (TextParts.Code code : read.codes) {
      StringBuilder memo = new StringBuilder();
      for (String noteGuid : code.noteGuids) {
        usedNotes.add(noteGuid);
        String text = notes.get(noteGuid).text();
        if (!text.isBlank()) {
          memo.append(memo.isEmpty() ? "" : "\n\n").append(text);
        }
      }
      codes.add(
          new QdaProject.CodeNode(
              code.guid,
              code.parentGuid,
              code.name,
              Colours.sixDigits(code.colour),
              code.description,
              memo.toString()));
    }
    List<QdaProject.Source> sources = new ArrayList<>();
    for (TextParts.Text source : read.sources) {
      sources.add(source(source));
    }
    List<QdaProject.Case> cases = new ArrayList<>();
    for (TextParts.Case c : read.cases) {
      Map<String, String> v = named(c.variables);
      cases.add(
          new QdaProject.Case(
              c.guid,
              c.name,
              v.get(Qda.ROLE),
              v.get(Qda.ACCOUNT),
              v.get(Qda.SEGMENT),
              v.get(Qda.LANE),
              v.get(Qda.TOUCH_MODEL),
              c.sourceGuids,
              c.selectionGuids));
    }
    List<QdaProject.Note> loose = new ArrayList<>();
    for (Map.Entry<String, TextParts.Text> entry : read.notes.entrySet()) {
      if (usedNotes.contains(entry.getKey())) {
        continue;
      }
      if (named(entry.getValue().variables).containsKey(Qda.INSIGHT)) {
        notCarried.merge("insights (notes)", 1, Integer::sum);
      } else {
        loose.add(notes.get(entry.getKey()));
      }
    }
    return new QdaProject(fileName, sha256, users, codes, cases, sources, loose, notCarried);
  }

  private void checkReferences() {
    Set<String> codes = new HashSet<>();
    read.codes.forEach(c -> codes.add(c.guid));
    Set<String> selections = new HashSet<>(read.otherGuids);
    Set<String> sources = new HashSet<>(read.otherGuids);
    for (TextParts.Text source : read.sources) {
      sources.add(source.guid);
      source.selections.forEach(s -> selections.add(s.guid));
    }
    List<com.outsidein.domain.Problem> problems = new ArrayList<>();
    for (Ref ref : read.refs) {
      boolean known =
          switch (ref.kind()) {
            case "CodeRef" -> codes.contains(ref.guid());
            case "NoteRef" -> read.notes.containsKey(ref.guid());
            case "SourceRef" -> sources.contains(ref.guid());
            case "SelectionRef" -> selections.contains(ref.guid());
            case "VariableRef" -> variableNames.containsKey(ref.guid());
            default -> true;
          };
      if (!known) {
        problems.add(
            new com.outsidein.domain.Problem(
                ref.where().toString(),
                "refers to " + ref.guid() + ", which the file does not define"));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  private QdaProject.Source source(TextParts.Text parts) {
    String text = PlainText.lf(texts.of(parts));
    if (text.length() > MAX_TEXT) {
      throw new BadInputException(
          parts.where.toString(),
          "its text holds "
              + text.length()
              + " characters, more than an interview holds ("
              + MAX_TEXT
              + ")");
    }
    int[] utf16 = PlainText.utf16Positions(text);
    int length = text.codePointCount(0, text.length());
    List<QdaProject.Selection> selections = new ArrayList<>();
    for (TextParts.Selection s : parts.selections) {
      int start = position(s, s.start, "startPosition");
      int end = position(s, s.end, "endPosition");
      if (start > end || end > length) {
        throw new BadInputException(
            s.where.toString(),
            "selects "
                + start
                + "–"
                + end
                + ", outside its source's text of "
                + length
                + " characters");
      }
      QdaProject.Note note = null;
      for (String guid : s.noteGuids) {
        usedNotes.add(guid);
        note = note == null ? notes.get(guid) : note;
      }
      selections.add(
          new QdaProject.Selection(
              s.guid,
              utf16 == null ? start : utf16[start],
              utf16 == null ? end : utf16[end],
              s.codeGuids,
              note));
    }
    if (!parts.codeGuids.isEmpty() && !text.isEmpty()) {
      selections.add(new QdaProject.Selection(parts.guid, 0, text.length(), parts.codeGuids, null));
    }
    List<QdaProject.Note> attached = new ArrayList<>();
    for (String guid : parts.noteGuids) {
      usedNotes.add(guid);
      attached.add(notes.get(guid));
    }
    Map<String, String> v = named(parts.variables);
    String field = v.get(Qda.TEXT);
    return new QdaProject.Source(
        parts.guid,
        parts.name,
        text,
        v.get(Qda.INTERVIEW),
        Qda.NOTES_TEXT.equals(field)
            ? InterviewField.NOTES
            : Qda.TRANSCRIPT_TEXT.equals(field) ? InterviewField.TRANSCRIPT : null,
        v.get(Qda.INTERVIEW_TITLE),
        date(v.get(Qda.INTERVIEW_DATE)),
        parts.creatingUser == null ? null : Guid.normal(parts.creatingUser),
        selections,
        attached);
  }

  private static int position(TextParts.Selection s, String value, String attribute) {
    try {
      int position = Integer.parseInt(value == null ? "" : value.strip());
      if (position < 0) {
        throw new NumberFormatException();
      }
      return position;
    } catch (NumberFormatException e) {
      throw new BadInputException(
          s.where.toString(), attribute + " \"" + value + "\" is not a position in the text");
    }
  }

  private QdaProject.Note note(TextParts.Text parts) {
    Map<String, String> v = named(parts.variables);
    String kind = v.get(Qda.KIND);
    return new QdaProject.Note(
        parts.guid,
        parts.name,
        PlainText.lf(texts.of(parts)),
        kind == null ? null : ObservationKind.fromCode(kind).orElse(ObservationKind.NOTE),
        v.get(Qda.QUOTE),
        sentiment(v.get(Qda.SENTIMENT)),
        v.get(Qda.SPEAKER) == null || !Guid.valid(v.get(Qda.SPEAKER))
            ? null
            : Guid.normal(v.get(Qda.SPEAKER)),
        parts.codeGuids);
  }

  /**
   * The values by variable name; values of variables the workspace has no place for are counted.
   */
  private Map<String, String> named(Map<String, String> values) {
    Map<String, String> named = new HashMap<>();
    values.forEach(
        (guid, value) -> {
          String name = variableNames.getOrDefault(guid, "");
          String known = known(name);
          if (known == null) {
            notCarried.merge("values of other variables", 1, Integer::sum);
          } else if (value != null && !value.isBlank()) {
            named.put(known, value.strip());
          }
        });
    return named;
  }

  private static String known(String name) {
    for (String[] variable : Qda.VARIABLES) {
      if (variable[0].equalsIgnoreCase(name.strip())) {
        return variable[0];
      }
    }
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "role" -> Qda.ROLE;
      case "company", "organisation", "organization" -> Qda.ACCOUNT;
      default -> null;
    };
  }

  private static Integer sentiment(String value) {
    try {
      int s = Integer.parseInt(value == null ? "" : value.strip());
      return s >= -2 && s <= 2 ? s : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate date(String value) {
    try {
      return value == null ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
