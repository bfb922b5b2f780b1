package com.outsidein.ui.shell;

import javafx.stage.Window;

/**
 * The work dialogs the menu opens on the open workspace, built in {@code app} with their view
 * models; the menu only says which one and over which window.
 */
public interface Dialogs {

  void importObservations(Window owner);

  void importPeople(Window owner);

  void removeImport(Window owner);

  void exportReport(Window owner);

  void exportRefiProject(Window owner);
}
