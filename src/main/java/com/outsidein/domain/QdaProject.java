package com.outsidein.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A REFI-QDA project read and checked whole: every reference resolved, every selection inside its
 * text, texts with LF line endings and selections as offsets into them (UTF-16, as the editor
 * counts). {@code notCarried} counts, by kind, what the workspace has no place for.
 */
public record QdaProject(
    String fileName,
    String sha256,
    List<User> users,
    List<CodeNode> codes,
    List<Case> cases,
    List<Source> sources,
    List<Note> looseNotes,
    Map<String, Integer> notCarried) {

  public QdaProject {
    users = List.copyOf(users);
    codes = List.copyOf(codes);
    cases = List.copyOf(cases);
    sources = List.copyOf(sources);
    looseNotes = List.copyOf(looseNotes);
    notCarried = Map.copyOf(notCarried);
  }

  public record User(String guid, String name) {}

  /** A code, parents before their children; {@code parentGuid} null at the top. */
  public record CodeNode(
      String guid,
      String parentGuid,
      String name,
      String colour,
      String description,
      String memo) {}

  /** A case: a person with the attributes that map to fields, and what they speak or are in. */
  public record Case(
      String guid,
      String name,
      String role,
      String account,
      String segment,
      String lane,
      String touchModel,
      List<String> sourceGuids,
      List<String> selectionGuids) {

    public Case {
      sourceGuids = List.copyOf(sourceGuids);
      selectionGuids = List.copyOf(selectionGuids);
    }
  }

  /**
   * A text source. {@code interviewKey} joins the sources of one interview (OutsideIn's own files);
   * {@code field} says which text of the interview it is (null: another tool's, a transcript).
   */
  public record Source(
      String guid,
      String name,
      String text,
      String interviewKey,
      InterviewField field,
      String title,
      LocalDate heldOn,
      String creatingUser,
      List<Selection> selections,
      List<Note> notes) {

    public Source {
      selections = List.copyOf(selections);
      notes = List.copyOf(notes);
    }
  }

  /** A passage [start, end) of its source's text with its codes and the note about it, if any. */
  public record Selection(String guid, int start, int end, List<String> codeGuids, Note note) {

    public Selection {
      codeGuids = List.copyOf(codeGuids);
    }
  }

  /**
   * A note. The kind, quote, sentiment and speaker come from OutsideIn's own files (null in
   * others').
   */
  public record Note(
      String guid,
      String name,
      String text,
      ObservationKind kind,
      String quote,
      Integer sentiment,
      String speakerCase,
      List<String> codeGuids) {

    public Note {
      codeGuids = List.copyOf(codeGuids);
    }
  }
}
