package com.outsidein.exchange.refi;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A streaming XML writer for one namespace: elements, attributes (left out when null) and text,
 * with characters XML 1.0 cannot hold replaced, so whatever a workspace holds writes a valid file.
 */
final class XmlOut implements AutoCloseable {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final XMLStreamWriter xml;
  private final String namespace;

  XmlOut(OutputStream out, String namespace) {
    this.namespace = namespace;
    try {
      this.xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.setDefaultNamespace(namespace);
    } catch (XMLStreamException e) {
      throw new ExchangeWriteException(e);
    }
  }

  /** Opens the root element, declaring the namespace. */
  XmlOut root(String name) {
    start(name);
    try {
      xml.writeDefaultNamespace(namespace);
    } catch (XMLStreamException e) {
      throw new ExchangeWriteException(e);
    }
    return this;
  }

  XmlOut start(String name) {
    try {
      xml.writeStartElement(namespace, name);
    } catch (XMLStreamException e) {
      throw new ExchangeWriteException(e);
    }
    return this;
  }

  /** Writes the attribute when the value is not null. */
  XmlOut attr(String name, Object value) {
    if (value != null) {
      try {
        xml.writeAttribute(name, clean(value.toString()));
      } catch (XMLStreamException e) {
        throw new ExchangeWriteException(e);
      }
    }
    return this;
  }

  XmlOut end() {
    try {
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new ExchangeWriteException(e);
    }
    return this;
  }

  /** An element holding only text, written even when the text is empty. */
  XmlOut textElement(String name, String text) {
    start(name);
    try {
      xml.writeCharacters(clean(text == null ? "" : text));
    } catch (XMLStreamException e) {
      throw new ExchangeWriteException(e);
    }
    return end();
  }

  /** An element holding only a reference to a GUID ({@code targetGUID}). */
  XmlOut ref(String name, String guid) {
    start(name).attr("targetGUID", guid);
    return end();
  }

  void finish() {
    try {
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new ExchangeWriteException(e);
    }
  }

  @Override
  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw new ExchangeWriteException(e);
    }
  }

  /** The text with every character XML 1.0 does not allow (and lone surrogates) as U+FFFD. */
  static String clean(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        ok = false;
      } else {
        ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
      }
      if (!ok && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }
}
