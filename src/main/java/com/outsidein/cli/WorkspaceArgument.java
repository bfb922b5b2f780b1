package com.outsidein.cli;

import java.io.File;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads {@code --workspace}. A trailing separator ({@code dir/}) names a folder, which a plain
 * {@link Path} would forget; it is kept as {@code dir/.}, which the store refuses as a folder.
 */
final class WorkspaceArgument implements ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    Path path = Path.of(value);
    boolean folder = value.endsWith("/") || value.endsWith(File.separator);
    return folder ? path.resolve(".") : path;
  }
}
