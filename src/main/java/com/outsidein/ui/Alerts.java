package com.outsidein.ui;

/** How view models tell the person something went wrong, without knowing any controls. */
public interface Alerts {

  void error(String title, String message);

  void info(String title, String message);

  /** Asks a yes/no question; true when the person agreed. */
  boolean confirm(String title, String message);
}
