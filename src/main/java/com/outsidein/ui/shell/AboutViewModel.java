package com.outsidein.ui.shell;

import com.outsidein.service.AppInfo;
import com.outsidein.ui.Messages;

/** What Help › About says: the app's name and version, and the third-party licences. */
public final class AboutViewModel {

  public String heading() {
    return Messages.get("app.name") + " " + AppInfo.version();
  }

  /** The licences of what OutsideIn is built on, or why they cannot be shown. */
  public String thirdPartyNotice() {
    return AppInfo.thirdPartyNotice().orElse(Messages.get("about.thirdParty.missing"));
  }
}
