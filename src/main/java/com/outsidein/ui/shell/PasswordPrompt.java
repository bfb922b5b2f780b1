package com.outsidein.ui.shell;

import java.util.Optional;

/** How the main window asks for workspace passwords, without the view model knowing any dialog. */
public interface PasswordPrompt {

  /** The password to open an encrypted workspace; empty when the person cancels. */
  Optional<char[]> toOpen(String workspaceName, boolean wrongBefore);

  /**
   * A new password, typed twice: for a new workspace, or to encrypt or change one. An empty array
   * means "no password"; empty Optional means cancel.
   */
  Optional<char[]> newPassword(String title, String explanation);

  /** The current password, before changing it; empty when the person cancels. */
  Optional<char[]> current(String workspaceName);
}
