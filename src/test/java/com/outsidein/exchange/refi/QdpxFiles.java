package com.outsidein.exchange.refi;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Reads what an export wrote, and checks it against the standard's schemas. */
final class QdpxFiles {

  private QdpxFiles() {}

  /** Every entry of a zip as UTF-8 text, by name, in order. */
  static Map<String, String> entries(Path zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        entries.put(
            entry.getName(),
            new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }

  /** Validates a project file; throws with the schema's message when it is not valid. */
  static void validateProject(String xml) throws SAXException, IOException {
    schema("Project-mrt2019.xsd").newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  static void validateCodebook(String xml) throws SAXException, IOException {
    schema("Codebook-mrt2019.xsd").newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  private static Schema schema(String name) throws SAXException {
    URL xsd = QdpxFiles.class.getResource("/refi-qda/" + name);
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    return factory.newSchema(xsd);
  }
}
