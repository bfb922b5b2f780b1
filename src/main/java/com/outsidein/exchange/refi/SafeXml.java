package com.outsidein.exchange.refi;

import com.outsidein.domain.BadInputException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader with DTDs and external entities off: no entity is expanded and nothing outside the
 * file is fetched, whatever the file asks for. A file that holds a DTD at all is refused by the
 * readers.
 */
final class SafeXml {

  private static final XMLInputFactory FACTORY = factory();

  private SafeXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  static XMLStreamReader reader(InputStream in, String where) {
    try {
      return FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw new BadInputException(where, "is not well-formed XML: " + e.getMessage());
    }
  }

  /** The input problem behind a parser failure: a bounded stream's refusal, or the parse error. */
  static BadInputException failure(XMLStreamException e, String where) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BadInputException bad) {
        return bad;
      }
    }
    String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
    return new BadInputException(where, "is not well-formed XML: " + message);
  }
}
