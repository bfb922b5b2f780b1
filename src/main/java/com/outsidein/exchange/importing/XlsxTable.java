package com.outsidein.exchange.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.exchange.ExchangeText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an Excel workbook (.xlsx): the sheet with the wanted name if there is one, else the
 * first. Streamed with POI's event reader, so large sheets stay out of memory; date cells read as
 * ISO dates. POI's zip-bomb limits apply and are reported as a clear problem.
 */
final class XlsxTable implements TableReader {

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final String wantedSheet;
  private String sheetRead;

  XlsxTable(String wantedSheet) {
    this.wantedSheet = wantedSheet;
  }

  @Override
  public String where(String fileName) {
    return sheetRead == null ? fileName : ExchangeText.get("where.sheet", fileName, sheetRead);
  }

  @Override
  public void read(Path file, RowHandler handler) throws IOException {
    String name = file.getFileName().toString();
    checkIsZip(file, name);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      try (InputStream sheet = chosenSheet(reader, name)) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(
                styles, null, strings, new Rows(handler), new IsoDates(), false));
        xml.parse(new InputSource(sheet));
      }
    } catch (StopReading stop) {
      // The handler had enough rows.
    } catch (NotOfficeXmlFileException | InvalidFormatException | InvalidOperationException e) {
      throw notAWorkbook(name);
    } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
      throw new BadInputException(name, ExchangeText.get("problem.workbookDamaged"));
    } catch (IOException e) {
      throw explainIo(name, e);
    } catch (org.apache.poi.ooxml.POIXMLException | IllegalStateException e) {
      throw new BadInputException(name, ExchangeText.get("problem.workbookDamaged"));
    }
  }

  private static void checkIsZip(Path file, String name) throws IOException {
    if (Files.size(file) == 0) {
      throw new BadInputException(name, ExchangeText.get("problem.empty"));
    }
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 4) < 4 || !java.util.Arrays.equals(head, ZIP_MAGIC)) {
        throw notAWorkbook(name);
      }
    }
  }

  private static BadInputException notAWorkbook(String name) {
    return new BadInputException(name, ExchangeText.get("problem.notXlsx"));
  }

  private static RuntimeException explainIo(String name, IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.toLowerCase(Locale.ROOT).contains("zip bomb")
        || message.contains("max entry size")
        || message.contains("MaxEntrySize")) {
      return new BadInputException(name, ExchangeText.get("problem.xlsxZipBomb"));
    }
    return new BadInputException(name, ExchangeText.get("problem.workbookUnreadable", message));
  }

  private InputStream chosenSheet(XSSFReader reader, String name)
      throws IOException, InvalidFormatException {
    XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    InputStream first = null;
    while (sheets.hasNext()) {
      InputStream sheet = sheets.next();
      if (sheets.getSheetName().equalsIgnoreCase(wantedSheet)) {
        if (first != null) {
          first.close();
        }
        sheetRead = sheets.getSheetName();
        return sheet;
      }
      if (first == null) {
        first = sheet;
        sheetRead = sheets.getSheetName();
      } else {
        sheet.close();
      }
    }
    if (first == null) {
      throw new BadInputException(name, ExchangeText.get("problem.noSheets"));
    }
    return first;
  }

  /** Thrown through the XML parser when the handler wants no more rows. */
  private static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }

  /** Collects the cells of each row in column order, filling gaps with empty strings. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowHandler handler;
    private final List<String> cells = new ArrayList<>();
    private int column;

    Rows(RowHandler handler) {
      this.handler = handler;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      column = 0;
    }

    @Override
    public void endRow(int rowNum) {
      if (!cells.stream().allMatch(String::isEmpty)
          && !handler.row(rowNum + 1, List.copyOf(cells))) {
        throw new StopReading();
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int at = reference == null ? column : new CellReference(reference).getCol();
      while (cells.size() < at) {
        cells.add("");
      }
      cells.add(value == null ? "" : value);
      column = at + 1;
    }
  }

  /** Formats cells as shown, except dates, which come out as ISO dates (2024-03-05). */
  private static final class IsoDates extends DataFormatter {
    IsoDates() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        var dateTime = DateUtil.getLocalDateTime(value);
        return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
            ? dateTime.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
            : dateTime.toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
