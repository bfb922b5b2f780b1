package com.outsidein.exchange.refi;

import com.outsidein.domain.BadInputException;
import com.outsidein.exchange.refi.TextParts.Ref;
import com.outsidein.exchange.refi.TextParts.Where;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a project file ({@code project.qde}) with StAX, one element at a time, into the parts the
 * import needs. Sources and selections the workspace cannot hold (PDF, picture, audio, video),
 * links, sets and graphs are counted by kind and skipped; every GUID met is remembered so that
 * references can be checked once the whole file is read ({@link ProjectResolver}).
 */
final class ProjectReader {

  private static final Map<String, String> NOT_CARRIED_SOURCES =
      Map.of(
          "PDFSource", "PDF sources",
          "PictureSource", "picture sources",
          "AudioSource", "audio sources",
          "VideoSource", "video sources");
  private static final Map<String, String> NOT_CARRIED_OTHER =
      Map.of("Link", "links", "Set", "sets", "Graph", "graphs");

  private final String file;
  private final String part;
  private final XMLStreamReader xml;
  private final Deque<String> path = new ArrayDeque<>();

  final List<String[]> users = new ArrayList<>();
  final List<TextParts.Code> codes = new ArrayList<>();
  final Map<String, String> variables = new HashMap<>();
  final List<TextParts.Case> cases = new ArrayList<>();
  final List<TextParts.Text> sources = new ArrayList<>();
  final Map<String, TextParts.Text> notes = new LinkedHashMap<>();
  final List<Ref> refs = new ArrayList<>();
  final Set<String> otherGuids = new HashSet<>();
  final Map<String, Integer> notCarried = new TreeMap<>();
  String basePath;

  private final Deque<TextParts.Code> openCodes = new ArrayDeque<>();
  private TextParts.Case openCase;
  private TextParts.Text openText;
  private TextParts.Selection openSelection;
  private List<String> codingTarget;
  private Map<String, String> variableTarget;
  private String variableRef;

  ProjectReader(InputStream in, String file, String part) {
    this.file = file;
    this.part = part;
    this.xml = SafeXml.reader(in, where());
  }

  ProjectReader read() {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new BadInputException(
              where(), "holds a document type declaration (DTD), which a project file must not");
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          start();
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(path.pop());
        }
      }
      if (path.size() > 0 || basePathSeen == 0) {
        throw new BadInputException(where(), "holds no Project element");
      }
      return this;
    } catch (XMLStreamException e) {
      throw SafeXml.failure(e, where());
    } finally {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // Reading is over; nothing to release that matters.
      }
    }
  }

  private int basePathSeen;

  private void start() throws XMLStreamException {
    String name = xml.getLocalName();
    String parent = path.peek();
    if (parent == null) {
      if (!Qda.PROJECT_NS.equals(xml.getNamespaceURI()) || !name.equals("Project")) {
        throw new BadInputException(
            where(),
            "the root element is "
                + qualified()
                + ", not a REFI-QDA project (Project in "
                + Qda.PROJECT_NS
                + ")");
      }
      basePath = attr("basePath");
      basePathSeen = 1;
      path.push(name);
      return;
    }
    if (!Qda.PROJECT_NS.equals(xml.getNamespaceURI())) {
      skip("elements of other namespaces");
      return;
    }
    if (NOT_CARRIED_SOURCES.containsKey(name)) {
      skip(NOT_CARRIED_SOURCES.get(name));
      return;
    }
    if (NOT_CARRIED_OTHER.containsKey(name)) {
      skip(NOT_CARRIED_OTHER.get(name));
      return;
    }
    switch (name) {
      case "User" -> users.add(new String[] {guid(), attr("name")});
      case "Code" -> code();
      case "Variable" -> variables.put(guid(), attr("name"));
      case "Case" -> {
        openCase = new TextParts.Case();
        openCase.guid = guid();
        openCase.name = attr("name");
        variableTarget = openCase.variables;
      }
      case "TextSource", "Note" -> text(name);
      case "PlainTextSelection" -> {
        if (openText == null || !"TextSource".equals(parent)) {
          skip("selections inside notes");
          return;
        }
        selection();
      }
      case "Coding" -> {
        attr("guid");
        codingTarget = openSelection != null ? openSelection.codeGuids : openTextCodes();
      }
      case "CodeRef" -> {
        String target = ref("CodeRef");
        if (codingTarget != null && "Coding".equals(parent)) {
          codingTarget.add(target);
        }
      }
      case "NoteRef" -> noteRef(parent);
      case "SourceRef" -> {
        String target = ref("SourceRef");
        if (openCase != null) {
          openCase.sourceGuids.add(target);
        }
      }
      case "SelectionRef" -> {
        String target = ref("SelectionRef");
        if (openCase != null) {
          openCase.selectionGuids.add(target);
        }
      }
      case "VariableRef" -> variableRef = ref("VariableRef");
      case "TextValue",
          "BooleanValue",
          "IntegerValue",
          "FloatValue",
          "DateValue",
          "DateTimeValue" -> {
        String value = xml.getElementText();
        if (variableTarget != null && variableRef != null) {
          variableTarget.put(variableRef, value);
        }
        return;
      }
      case "PlainTextContent" -> {
        String value = xml.getElementText();
        if (openText != null && ("TextSource".equals(parent) || "Note".equals(parent))) {
          openText.content = value;
        }
        return;
      }
      case "Description" -> {
        String value = xml.getElementText();
        if ("Code".equals(parent) && !openCodes.isEmpty()) {
          openCodes.peek().description = value;
        }
        return;
      }
      default -> {
        // Containers (Users, CodeBook, Codes, Sources, Notes, ...) hold what is read above.
      }
    }
    path.push(name);
  }

  private void end(String name) {
    switch (name) {
      case "Code" -> openCodes.pop();
      case "Case" -> {
        cases.add(openCase);
        openCase = null;
        variableTarget = null;
      }
      case "TextSource" -> {
        sources.add(openText);
        openText = null;
        variableTarget = null;
      }
      case "Note" -> {
        notes.put(openText.guid, openText);
        openText = null;
        variableTarget = null;
      }
      case "PlainTextSelection" -> openSelection = null;
      case "Coding" -> codingTarget = null;
      case "VariableValue" -> variableRef = null;
      default -> {
        // Nothing gathered ends here.
      }
    }
  }

  private void code() {
    TextParts.Code code = new TextParts.Code();
    code.where = here("Code");
    code.guid = guid();
    code.name = attr("name");
    code.colour = attr("color");
    TextParts.Code parent = openCodes.peek();
    code.parentGuid = parent == null ? null : parent.guid;
    code.depth = openCodes.size() + 1;
    if (code.depth > com.outsidein.domain.Code.MAX_DEPTH) {
      throw new BadInputException(
          code.where.toString(),
          "codes are nested more than " + com.outsidein.domain.Code.MAX_DEPTH + " levels deep");
    }
    codes.add(code);
    openCodes.push(code);
  }

  private void text(String name) {
    openText = new TextParts.Text();
    openText.where = here(name);
    openText.guid = guid();
    openText.name = attr("name");
    openText.plainTextPath = attr("plainTextPath");
    openText.richTextPath = attr("richTextPath");
    openText.creatingUser = attr("creatingUser");
    variableTarget = openText.variables;
  }

  private void selection() {
    openSelection = new TextParts.Selection();
    openSelection.where = here("PlainTextSelection");
    openSelection.guid = guid();
    openSelection.start = attr("startPosition");
    openSelection.end = attr("endPosition");
    openText.selections.add(openSelection);
  }

  private List<String> openTextCodes() {
    return openText == null ? null : openText.codeGuids;
  }

  private void noteRef(String parent) {
    String target = ref("NoteRef");
    if ("Code".equals(parent) && !openCodes.isEmpty()) {
      openCodes.peek().noteGuids.add(target);
    } else if ("PlainTextSelection".equals(parent) && openSelection != null) {
      openSelection.noteGuids.add(target);
    } else if (("TextSource".equals(parent)) && openText != null) {
      openText.noteGuids.add(target);
    }
  }

  /** Skips an element the workspace cannot hold, counting it and the selections inside it. */
  private void skip(String kind) throws XMLStreamException {
    notCarried.merge(kind, 1, Integer::sum);
    remember(attr("guid"));
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        remember(attr("guid"));
        String name = xml.getLocalName();
        if (name.endsWith("Selection")) {
          notCarried.merge(kind.replace(" sources", "") + " selections", 1, Integer::sum);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private void remember(String guid) {
    if (guid != null) {
      otherGuids.add(Guid.normal(guid));
    }
  }

  private String guid() {
    String guid = attr("guid");
    if (guid == null || !Guid.valid(guid)) {
      throw new BadInputException(
          here(xml.getLocalName()).toString(),
          guid == null ? "has no guid" : "has a guid that is not one: \"" + guid + "\"");
    }
    return Guid.normal(guid);
  }

  private String ref(String kind) {
    String target = attr("targetGUID");
    Where where = here(kind);
    if (target == null || !Guid.valid(target)) {
      throw new BadInputException(where.toString(), "has no valid targetGUID");
    }
    refs.add(new Ref(kind, Guid.normal(target), where));
    return Guid.normal(target);
  }

  private String attr(String name) {
    return xml.getAttributeValue(null, name);
  }

  private String qualified() {
    String ns = xml.getNamespaceURI();
    return (ns == null || ns.isEmpty() ? "" : "{" + ns + "}") + xml.getLocalName();
  }

  Where here(String element) {
    String guid = attr("guid");
    return new Where(
        where()
            + " line "
            + xml.getLocation().getLineNumber()
            + ", "
            + element
            + (guid == null ? "" : " " + guid));
  }

  private String where() {
    return file + ": " + part;
  }

  /** Where in the file a problem found after reading lies. */
  String whereFile() {
    return where();
  }
}
