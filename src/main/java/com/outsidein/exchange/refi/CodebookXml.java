package com.outsidein.exchange.refi;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the codebook as nested {@code Code} elements: name, colour, definition as {@code
 * Description} and, in a project, the memo as a {@code NoteRef} to a note written later. The walk
 * uses an explicit stack, so no tree depth can overflow it.
 */
final class CodebookXml {

  private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

  private CodebookXml() {}

  /** Writes {@code Codes} (with its codes) when there is at least one code. */
  static void write(XmlOut xml, CodeTree tree, Guids guids, boolean memosAsNotes) {
    List<Code> top = tree.childrenOf(null);
    if (top.isEmpty()) {
      return;
    }
    xml.start("Codes");
    Deque<Iterator<Code>> stack = new ArrayDeque<>();
    Set<Long> seen = new HashSet<>();
    stack.push(top.iterator());
    while (!stack.isEmpty()) {
      Iterator<Code> level = stack.peek();
      if (!level.hasNext()) {
        stack.pop();
        if (!stack.isEmpty()) {
          xml.end();
        }
        continue;
      }
      Code code = level.next();
      if (!seen.add(code.id())) {
        continue;
      }
      xml.start("Code")
          .attr("guid", guids.code(code.id()))
          .attr("name", code.name())
          .attr("isCodable", "true")
          .attr("color", colour(code.colour()));
      if (code.definition() != null && !code.definition().isBlank()) {
        xml.textElement("Description", code.definition());
      }
      if (memosAsNotes && hasMemo(code)) {
        xml.ref("NoteRef", guids.codeMemo(code.id()));
      }
      stack.push(tree.childrenOf(code.id()).iterator());
    }
    xml.end();
  }

  static boolean hasMemo(Code code) {
    return code.memo() != null && !code.memo().isBlank();
  }

  private static String colour(String colour) {
    return colour != null && COLOUR.matcher(colour).matches()
        ? colour.toUpperCase(java.util.Locale.ROOT)
        : null;
  }
}
