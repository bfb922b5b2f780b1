package com.outsidein.exchange.importing;

import com.outsidein.domain.AlreadyImportedException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.PeopleImport;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Path;

/**
 * Imports people and accounts from a file: each row matched to a person by email
 * (case-insensitively), else by name, and updated from it, or created. All of it or nothing.
 */
public final class PeopleImporter {

  private final WorkspaceSession session;

  public PeopleImporter(WorkspaceSession session) {
    this.session = session;
  }

  /** Reads and checks a whole people file without a workspace. */
  public static PeopleImport check(Path file) {
    return new PeopleFileReader().read(file, ObservationImporter.hash(file));
  }

  public ImportSummary importPeople(Path file, boolean again, ImportProgress progress) {
    String sha256 = ObservationImporter.hash(file);
    if (!again && !session.imports().earlierImports(sha256).isEmpty()) {
      throw new AlreadyImportedException(
          TableFiles.nameOf(file), session.imports().earlierImports(sha256));
    }
    PeopleImport checked = new PeopleFileReader().read(file, sha256);
    return importChecked(checked, again, progress);
  }

  public ImportSummary importChecked(PeopleImport checked, boolean again, ImportProgress progress) {
    return session.imports().importPeople(checked, again, progress);
  }
}
