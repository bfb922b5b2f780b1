package com.outsidein.ui;

import java.util.ArrayList;
import java.util.List;

/** Alerts for view-model tests: keeps every error shown and answers every question the same. */
public final class RecordingAlerts implements Alerts {

  private final List<String> errors = new ArrayList<>();
  private boolean agree = true;

  @Override
  public void error(String title, String message) {
    errors.add(message);
  }

  @Override
  public void info(String title, String message) {}

  @Override
  public boolean confirm(String title, String message) {
    return agree;
  }

  /** What {@link #confirm} answers from now on. */
  public void answer(boolean agree) {
    this.agree = agree;
  }

  public List<String> errors() {
    return errors;
  }
}
