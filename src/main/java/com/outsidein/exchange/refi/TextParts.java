package com.outsidein.exchange.refi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the project reader gathers for one element before it can be resolved. */
final class TextParts {

  private TextParts() {}

  /** Where an element stands, for messages: the file, the line and the element with its GUID. */
  record Where(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** A text source or a note (both are TextSourceType). */
  static final class Text {
    String guid;
    String name;
    String plainTextPath;
    String richTextPath;
    String creatingUser;
    String content;
    Where where;
    final List<Selection> selections = new ArrayList<>();
    final List<String> codeGuids = new ArrayList<>();
    final List<String> noteGuids = new ArrayList<>();
    final Map<String, String> variables = new HashMap<>();
  }

  static final class Selection {
    String guid;
    String start;
    String end;
    Where where;
    final List<String> codeGuids = new ArrayList<>();
    final List<String> noteGuids = new ArrayList<>();
  }

  static final class Code {
    String guid;
    String parentGuid;
    String name;
    String colour;
    String description;
    int depth;
    Where where;
    final List<String> noteGuids = new ArrayList<>();
  }

  static final class Case {
    String guid;
    String name;
    final Map<String, String> variables = new HashMap<>();
    final List<String> sourceGuids = new ArrayList<>();
    final List<String> selectionGuids = new ArrayList<>();
  }

  /** A reference to a GUID, checked once the whole file is read. */
  record Ref(String kind, String guid, Where where) {}
}
