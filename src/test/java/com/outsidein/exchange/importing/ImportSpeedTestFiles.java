package com.outsidein.exchange.importing;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes big, realistic observation files for the speed and crash tests. */
public final class ImportSpeedTestFiles {

  private ImportSpeedTestFiles() {}

  public static void writeBigCsv(Path file, int rows) throws Exception {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "interview,interview_date,participant,participant_email,account,segment,kind,"
              + "observation,quote,codes,sentiment,journey_stage\n");
      // About 125 observations per interview and two interviews per person, as in real studies.
      int interviews = Math.max(1, rows / 125);
      int people = Math.max(1, rows / 250);
      for (int i = 0; i < rows; i++) {
        int person = i % people;
        out.write(
            String.format(
                Locale.ROOT,
                "Interview %d,2024-03-%02d,Person %d,p%d@example.com,Account %d,SMB,says,"
                    + "\"Observation number %d, about setup and waiting\",\"Quote %d\","
                    + "Theme %d/Sub %d; Other,%d,Onboard%n",
                i % interviews,
                1 + i % 28,
                person,
                person,
                person % 60,
                i,
                i,
                i % 12,
                i % 5,
                i % 5 - 2));
      }
    }
  }
}
