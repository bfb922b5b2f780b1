package com.outsidein.exchange.refi;

import com.outsidein.domain.CodeTree;
import com.outsidein.service.ExchangeService;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the codebook alone as a REFI-QDA codebook ({@code .qdc}): every code with its place in the
 * tree, colour and definition, with the same GUIDs a project export gives them. A codebook file has
 * no notes, so memos stay behind.
 */
public final class QdcExporter {

  private final ExchangeService exchange;

  public QdcExporter(ExchangeService exchange) {
    this.exchange = exchange;
  }

  /** Writes the codebook to {@code file}, replacing it; returns how many codes it holds. */
  public int export(Path file) throws IOException {
    Guids guids = new Guids(exchange.guidSeed());
    CodeTree tree = exchange.codes();
    Path temp = TempFiles.beside(file);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp));
          XmlOut xml = new XmlOut(out, Qda.CODEBOOK_NS)) {
        xml.root("CodeBook").attr("origin", Qda.ORIGIN);
        if (tree.isEmpty()) {
          // The schema asks for at least one code in Codes: an empty codebook has no Codes.
          throw new EmptyCodebookException();
        }
        CodebookXml.write(xml, tree, guids, false);
        xml.end();
        xml.finish();
      }
      TempFiles.moveInPlace(temp, file);
      return tree.depthFirst().size();
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The workspace has no code to write. */
  public static final class EmptyCodebookException extends RuntimeException {
    EmptyCodebookException() {
      super("the codebook is empty: there is no code to export");
    }
  }
}
