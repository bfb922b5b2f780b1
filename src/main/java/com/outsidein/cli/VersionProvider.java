package com.outsidein.cli;

import com.outsidein.service.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the build's version. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"OutsideIn " + AppInfo.version()};
  }
}
