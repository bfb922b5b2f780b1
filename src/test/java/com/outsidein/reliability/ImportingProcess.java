package com.outsidein.reliability;

import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.exchange.importing.ObservationImporter;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link ImportKilledHalfWayTest}: imports a file into a workspace, printing
 * WRITING when the rows start going into the database and COMMITTED with the count at the end.
 */
public final class ImportingProcess {

  private ImportingProcess() {}

  public static void main(String[] args) {
    Path workspace = Path.of(args[0]);
    Path file = Path.of(args[1]);
    try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
      boolean[] told = {false};
      ImportSummary summary =
          new ObservationImporter(session)
              .importObservations(
                  file,
                  "Killed",
                  true,
                  new ImportProgress() {
                    @Override
                    public void update(long done, long total) {
                      if (!told[0] && total > 0 && done > total / 2) {
                        told[0] = true;
                        System.out.println("WRITING");
                        System.out.flush();
                      }
                    }

                    @Override
                    public boolean isCancelled() {
                      return false;
                    }
                  });
      System.out.println("COMMITTED " + summary.rows());
      System.out.flush();
    }
  }
}
