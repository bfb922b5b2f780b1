package com.outsidein.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The texts a person reads and the code that asks for them agree: every key the code names is in
 * its bundle, and every key in a bundle is asked for somewhere (directly, as the display name of an
 * enum value, or as a prefix joined with a suffix).
 */
class MessageBundleTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]++|\\\\.)*+)\"");
  private static final Pattern ENUM =
      Pattern.compile("\\benum\\s+(\\w+)\\s*(?:implements[^{]*)?\\{([^;}]*)");

  private record Bundle(String resource, String accessor) {}

  private static final List<Bundle> BUNDLES =
      List.of(
          new Bundle("/com/outsidein/ui/messages.properties", "Messages.get("),
          new Bundle("/com/outsidein/exchange/report/report.properties", "ReportText.get("),
          new Bundle("/com/outsidein/store/workspace.properties", "WorkspaceText.about("),
          new Bundle("/com/outsidein/service/service.properties", "ServiceText.get("),
          new Bundle("/com/outsidein/exchange/exchange.properties", "ExchangeText.get("));

  @Test
  void everyKeyTheCodeAsksForIsInItsBundle() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (Bundle bundle : BUNDLES) {
      Set<String> keys = load(bundle.resource()).stringPropertyNames();
      Pattern asked = Pattern.compile(Pattern.quote(bundle.accessor()) + "\\s*\"([^\"]+)\"");
      for (String source : sources()) {
        Matcher m = asked.matcher(source);
        while (m.find()) {
          String key = m.group(1);
          boolean prefix = key.endsWith(".") && keys.stream().anyMatch(k -> k.startsWith(key));
          if (!keys.contains(key) && !prefix) {
            missing.add(bundle.resource() + ": " + key);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyInABundleIsAskedFor() throws IOException {
    Set<String> literals = new HashSet<>();
    Set<String> enumKeys = new HashSet<>();
    for (String source : sources()) {
      Matcher m = LITERAL.matcher(source);
      while (m.find()) {
        literals.add(m.group(1));
      }
      Matcher e = ENUM.matcher(source);
      while (e.find()) {
        for (String constant : e.group(2).split(",")) {
          String name = constant.trim().replaceAll("\\(.*", "").trim();
          if (!name.isEmpty()) {
            enumKeys.add(e.group(1) + "." + name);
          }
        }
      }
    }
    Set<String> unused = new TreeSet<>();
    for (Bundle bundle : BUNDLES) {
      for (String key : load(bundle.resource()).stringPropertyNames()) {
        if (!literals.contains(key) && !enumKeys.contains(key) && !joined(key, literals)) {
          unused.add(bundle.resource() + ": " + key);
        }
      }
    }
    assertThat(unused).isEmpty();
  }

  /**
   * A key made in code: a literal family prefix and a name ("section." + section.name()), or a
   * literal prefix and a literal suffix ("welcome.sample" + ".go").
   */
  private static boolean joined(String key, Set<String> literals) {
    for (int cut = key.indexOf('.'); cut > 0; cut = key.indexOf('.', cut + 1)) {
      String head = key.substring(0, cut);
      if (literals.contains(head + ".")) {
        return true;
      }
      String tail = key.substring(cut);
      if ((literals.contains(head) || literals.contains(head + "."))
          && (literals.contains(tail) || literals.contains(tail.substring(1)))) {
        return true;
      }
    }
    return false;
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = MessageBundleTest.class.getResourceAsStream(resource)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static List<String> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .map(
              f -> {
                try {
                  return Files.readString(f);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}
