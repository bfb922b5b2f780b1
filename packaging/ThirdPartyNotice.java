import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes THIRD-PARTY.txt: every library OutsideIn bundles with its licence, then the licence and
 * notice texts, each text once: the LICENSE, NOTICE and COPYING files inside each library's jar,
 * and the texts that packaging/licenses/libraries.properties names for jars that carry none. A
 * library with no text at all fails the build.
 *
 * <p>The build runs it (pom.xml, phase generate-resources) with JDK's source launcher:
 *
 * <pre>
 * java packaging/ThirdPartyNotice.java LIBRARIES.tsv CLASSPATH LICENCE_DIR VERSION OUT
 * </pre>
 *
 * LIBRARIES.tsv is written by the license-maven-plugin through packaging/licenses/libraries.ftl;
 * CLASSPATH by the dependency plugin's build-classpath goal.
 */
public final class ThirdPartyNotice {

  /** LICENSE, NOTICE.txt, Schubfach-LICENSE, license.md…: plain text files named for a licence. */
  private static final Pattern LICENCE_FILE =
      Pattern.compile("(?i)([\\w-]*[-_])?(licen[cs]e|notice|copying)([-_][\\w-]*)?(\\.(txt|md))?");
  private static final String RULE = "-".repeat(100);

  private record Library(
      String group, String artifact, String version, String name, String url, String licences) {
    String key() {
      return group + ":" + artifact;
    }

    String label() {
      return name + " " + version;
    }
  }

  private record Text(String source, String content) {}

  private static final class Entry {
    final Text text;
    final Set<String> users = new LinkedHashSet<>();
    int number;

    Entry(Text text) {
      this.text = text;
    }
  }

  private ThirdPartyNotice() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println(
          "usage: java ThirdPartyNotice.java LIBRARIES.tsv CLASSPATH LICENCE_DIR VERSION OUT");
      System.exit(2);
    }
    List<Library> libraries = readLibraries(Path.of(args[0]));
    List<Path> jars = readClasspath(Path.of(args[1]));
    Path licenceDir = Path.of(args[2]);
    Properties index = new Properties();
    try (Reader reader =
        Files.newBufferedReader(licenceDir.resolve("libraries.properties"), StandardCharsets.UTF_8)) {
      index.load(reader);
    }

    Map<String, Entry> texts = new LinkedHashMap<>();
    Map<Library, List<Entry>> used = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Library library : libraries) {
      List<Text> found = new ArrayList<>();
      for (Path jar : jars) {
        if (belongsTo(jar, library)) {
          found.addAll(textsInside(jar));
        }
      }
      found.addAll(textsNamed(index.getProperty(library.key(), ""), licenceDir));
      if (found.isEmpty()) {
        missing.add(library.key() + " (" + library.licences() + ")");
      }
      used.put(library, register(found, library.label(), texts));
    }
    if (!missing.isEmpty()) {
      System.err.println(
          "ThirdPartyNotice: no licence text for these libraries; add one to "
              + "packaging/licenses/libraries.properties:");
      missing.forEach(key -> System.err.println("  " + key));
      System.exit(1);
    }
    String runtimeName = index.getProperty("runtime.name", "Java runtime");
    List<Entry> runtime =
        register(
            textsNamed(index.getProperty("runtime", ""), licenceDir), runtimeName, texts);

    int number = 1;
    for (Entry entry : texts.values()) {
      entry.number = number++;
    }

    StringBuilder out = new StringBuilder();
    String title = "OutsideIn " + args[3] + ": third-party software";
    out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
    out.append(
        """
        OutsideIn is licensed under the Apache License, Version 2.0 (the LICENSE file). It includes
        the libraries listed below, each under its own licence; the texts of those licences and the
        notices the libraries ask to be passed on follow the list, each once, numbered [1], [2]...

        Libraries
        ---------

        """);
    for (Map.Entry<Library, List<Entry>> e : used.entrySet()) {
      Library library = e.getKey();
      out.append("  ")
          .append(library.label())
          .append("  (")
          .append(library.key())
          .append(")\n");
      out.append("      Licence: ").append(library.licences().replace("|", " or ")).append('\n');
      String note = index.getProperty(library.key() + ".note");
      if (note != null) {
        out.append("      ").append(note).append('\n');
      }
      if (!library.url().isBlank()) {
        out.append("      ").append(library.url()).append('\n');
      }
      out.append("      Texts: ").append(numbers(e.getValue())).append("\n\n");
    }
    out.append("  ").append(runtimeName).append('\n');
    String runtimeNote = index.getProperty("runtime.note");
    if (runtimeNote != null) {
      out.append("      ").append(runtimeNote).append('\n');
    }
    out.append("      Texts: ").append(numbers(runtime)).append("\n\n");

    out.append("Licence and notice texts\n------------------------\n");
    for (Entry entry : texts.values()) {
      out.append('\n').append(RULE).append('\n');
      out.append('[').append(entry.number).append("] ").append(entry.text.source()).append('\n');
      out.append(wrap("    For: " + String.join(", ", entry.users), "         ")).append('\n');
      out.append(RULE).append("\n\n");
      out.append(entry.text.content().strip()).append('\n');
    }

    Path target = Path.of(args[4]);
    Files.createDirectories(target.getParent());
    Files.writeString(target, out, StandardCharsets.UTF_8);
    System.out.println(
        "ThirdPartyNotice: "
            + libraries.size()
            + " libraries, "
            + texts.size()
            + " texts written to "
            + target);
  }

  private static List<Library> readLibraries(Path file) throws IOException {
    List<Library> libraries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IOException("Unexpected line in " + file + ": " + line);
      }
      libraries.add(new Library(f[0], f[1], f[2], f[3].strip(), f[4].strip(), f[5].strip()));
    }
    libraries.sort(
        Comparator.comparing((Library l) -> l.name().toLowerCase(Locale.ROOT))
            .thenComparing(Library::key)
            .thenComparing(Library::version));
    return libraries;
  }

  private static List<Path> readClasspath(Path file) throws IOException {
    List<Path> jars = new ArrayList<>();
    for (String part : Files.readString(file, StandardCharsets.UTF_8).strip().split("[:;]")) {
      if (!part.isBlank()) {
        jars.add(Path.of(part.strip()));
      }
    }
    return jars;
  }

  /** A jar is the library's when it sits at the library's place in a Maven repository. */
  private static boolean belongsTo(Path jar, Library library) {
    String path = jar.toString().replace('\\', '/');
    String place =
        "/"
            + library.group().replace('.', '/')
            + "/"
            + library.artifact()
            + "/"
            + library.version()
            + "/";
    String name = jar.getFileName().toString();
    String stem = library.artifact() + "-" + library.version();
    return path.contains(place) && (name.equals(stem + ".jar") || name.startsWith(stem + "-"));
  }

  private static List<Text> textsInside(Path jar) throws IOException {
    List<Text> texts = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<ZipEntry> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        if (!entry.isDirectory() && LICENCE_FILE.matcher(base).matches()) {
          entries.add(entry);
        }
      }
      entries.sort(Comparator.comparing(ZipEntry::getName));
      for (ZipEntry entry : entries) {
        try (InputStream in = zip.getInputStream(entry)) {
          String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          if (!content.isBlank()) {
            texts.add(new Text(jar.getFileName() + ": " + entry.getName(), content));
          }
        }
      }
    }
    return texts;
  }

  private static List<Text> textsNamed(String files, Path licenceDir) throws IOException {
    List<Text> texts = new ArrayList<>();
    for (String file : files.split(",")) {
      if (!file.isBlank()) {
        Path path = licenceDir.resolve(file.strip());
        texts.add(
            new Text(
                "licence text " + file.strip() + " (kept with OutsideIn's packaging)",
                Files.readString(path, StandardCharsets.UTF_8)));
      }
    }
    return texts;
  }

  /** Adds each text once (texts equal but for spacing are one), noting who uses it. */
  private static List<Entry> register(List<Text> found, String user, Map<String, Entry> texts) {
    List<Entry> entries = new ArrayList<>();
    for (Text text : found) {
      String key = text.content().replaceAll("\\s+", " ").strip();
      Entry entry = texts.computeIfAbsent(key, k -> new Entry(text));
      entry.users.add(user);
      if (!entries.contains(entry)) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** Breaks a line at spaces so that no line is longer than the rule. */
  private static String wrap(String line, String indent) {
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (line.length() - start > RULE.length()) {
      int cut = line.lastIndexOf(' ', start + RULE.length());
      if (cut <= start) {
        break;
      }
      out.append(line, start, cut).append('\n').append(indent);
      start = cut + 1;
    }
    return out.append(line.substring(start)).toString();
  }

  private static String numbers(List<Entry> entries) {
    List<String> numbers = new ArrayList<>();
    for (Entry entry : entries) {
      numbers.add("[" + entry.number + "]");
    }
    return String.join(" ", numbers);
  }
}
