package com.outsidein.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system over the real disk on which no file may be written, as for a person without
 * write permission (tests run as root, whom the operating system lets write anything).
 */
public final class ReadOnlyDisk extends FilePathWrapper {

  private static final String SCHEME = "readOnlyDisk";

  static {
    FilePath.register(new ReadOnlyDisk());
  }

  public static Disk disk() {
    return new Disk(SCHEME + ":");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public boolean canWrite() {
    return false;
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    if (!"r".equals(mode)) {
      throw new AccessDeniedException(toString());
    }
    return getBase().open(mode);
  }

  @Override
  public OutputStream newOutputStream(boolean append) throws IOException {
    throw new AccessDeniedException(toString());
  }

  @Override
  public boolean createFile() {
    return false;
  }
}
