package com.outsidein.exchange.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report's sheets in workbook order: each is named so that Excel accepts it and no other sheet
 * has its name, and each sheet but Observations counts as one step of the progress once filled.
 */
final class SheetsInOrder {

  private final Steps steps;
  private final long weight;
  private final SheetNames names = new SheetNames();
  private final List<String> made = new ArrayList<>();
  private SXSSFWorkbook workbook;
  private Styles styles;

  SheetsInOrder(Steps steps, long weight) {
    this.steps = steps;
    this.weight = weight;
  }

  /** Claims the next sheet's name without making it (for a sheet made outside streaming). */
  String claim(String wanted) {
    String name = names.claim(wanted);
    made.add(name);
    return name;
  }

  /** Makes the sheets that follow in the streaming workbook. */
  void streamInto(SXSSFWorkbook workbook, Styles styles) {
    this.workbook = workbook;
    this.styles = styles;
  }

  /** Makes the next sheet, empty: streamed sheets fill in any order. */
  SheetWriter make(String wanted) {
    return new SheetWriter(workbook.createSheet(claim(wanted)), styles);
  }

  /** Makes the next sheet and fills it. */
  void fill(String wanted, Consumer<SheetWriter> content) {
    fill(make(wanted), content);
  }

  /** Fills a sheet made earlier. */
  void fill(SheetWriter sheet, Consumer<SheetWriter> content) {
    fillAndReturn(
        sheet,
        out -> {
          content.accept(out);
          return null;
        });
  }

  /** Fills a sheet made earlier and returns what filling it gave. */
  <T> T fillAndReturn(SheetWriter sheet, Function<SheetWriter, T> content) {
    steps.sheet(sheet.name());
    T result = content.apply(sheet);
    steps.advance(weight);
    return result;
  }

  /** The names of the sheets made, in order. */
  List<String> names() {
    return List.copyOf(made);
  }
}
