package com.outsidein.exchange.refi;

import com.outsidein.domain.QdaImportSummary;
import java.util.Locale;
import java.util.Map;

/** A REFI-QDA import's summary as lines of text, what could not be carried listed by kind. */
public final class QdaSummaryText {

  private QdaSummaryText() {}

  public static String of(QdaImportSummary summary, String fileName) {
    StringBuilder text = new StringBuilder();
    if (summary.study() == null) {
      text.append(
          String.format(
              Locale.ROOT,
              "Imported the codebook %s: %d new codes.%n",
              fileName,
              summary.newCodes()));
    } else {
      text.append(
          String.format(
              Locale.ROOT,
              "Imported %s into the study \"%s\"%s: %d interviews, %d observations, %d codings,"
                  + " %d new codes, %d users, %d cases.%n",
              fileName,
              summary.study(),
              summary.studyCreated() ? " (new)" : "",
              summary.interviews(),
              summary.observations(),
              summary.codings(),
              summary.newCodes(),
              summary.users(),
              summary.people()));
    }
    if (!summary.renamedCodes().isEmpty()) {
      text.append(
          String.format(
              Locale.ROOT,
              "Codes renamed (siblings with the same name): %s%n",
              String.join(", ", summary.renamedCodes())));
    }
    if (summary.notCarried().isEmpty()) {
      text.append(String.format("Everything in the file was carried over.%n"));
    } else {
      text.append(String.format("Not carried over:%n"));
      for (Map.Entry<String, Integer> e :
          new java.util.TreeMap<>(summary.notCarried()).entrySet()) {
        text.append(String.format(Locale.ROOT, "  %s: %d%n", e.getKey(), e.getValue()));
      }
    }
    return text.toString();
  }
}
