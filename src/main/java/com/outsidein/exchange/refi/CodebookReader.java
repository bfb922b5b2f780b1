package com.outsidein.exchange.refi;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Code;
import com.outsidein.domain.QdaProject;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a REFI-QDA codebook ({@code .qdc}) with StAX: its codes, parents before children. */
final class CodebookReader {

  private final String file;
  private final XMLStreamReader xml;

  CodebookReader(InputStream in, String file) {
    this.file = file;
    this.xml = SafeXml.reader(in, file);
  }

  QdaProject read(String sha256) {
    List<String[]> codes = new ArrayList<>();
    Map<String, Integer> notCarried = new TreeMap<>();
    Deque<String[]> open = new ArrayDeque<>();
    boolean root = false;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new BadInputException(
              file, "holds a document type declaration (DTD), which a codebook must not");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (!root) {
            if (!Qda.CODEBOOK_NS.equals(xml.getNamespaceURI()) || !name.equals("CodeBook")) {
              throw new BadInputException(
                  file + " line " + xml.getLocation().getLineNumber(),
                  "the root element is "
                      + name
                      + " in \""
                      + xml.getNamespaceURI()
                      + "\", not a REFI-QDA codebook (CodeBook in "
                      + Qda.CODEBOOK_NS
                      + ")");
            }
            root = true;
          } else if (name.equals("Code")) {
            String guid = xml.getAttributeValue(null, "guid");
            if (guid == null || !Guid.valid(guid)) {
              throw new BadInputException(
                  file + " line " + xml.getLocation().getLineNumber() + ", Code",
                  "has no valid guid");
            }
            if (open.size() >= Code.MAX_DEPTH) {
              throw new BadInputException(
                  file + " line " + xml.getLocation().getLineNumber() + ", Code " + guid,
                  "codes are nested more than " + Code.MAX_DEPTH + " levels deep");
            }
            String[] code = {
              Guid.normal(guid),
              open.isEmpty() ? null : open.peek()[0],
              xml.getAttributeValue(null, "name"),
              Colours.sixDigits(xml.getAttributeValue(null, "color")),
              null
            };
            codes.add(code);
            open.push(code);
          } else if (name.equals("Description") && !open.isEmpty()) {
            open.peek()[4] = xml.getElementText();
          } else if (name.equals("Set")) {
            notCarried.merge("code sets", 1, Integer::sum);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Code")) {
          open.pop();
        }
      }
    } catch (XMLStreamException e) {
      throw SafeXml.failure(e, file);
    }
    if (!root) {
      throw new BadInputException(file, "holds no CodeBook element");
    }
    List<QdaProject.CodeNode> nodes = new ArrayList<>();
    for (String[] c : codes) {
      nodes.add(new QdaProject.CodeNode(c[0], c[1], c[2], c[3], c[4], ""));
    }
    return new QdaProject(
        file, sha256, List.of(), nodes, List.of(), List.of(), List.of(), notCarried);
  }
}
