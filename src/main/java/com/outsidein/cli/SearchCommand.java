package com.outsidein.cli;

import com.outsidein.domain.SearchHit;
import com.outsidein.domain.SearchKind;
import com.outsidein.domain.SearchResults;
import com.outsidein.domain.TextSpan;
import com.outsidein.service.SearchService;
import com.outsidein.service.WorkspaceSession;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches a workspace the way the app's search box does. Never creates a workspace. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Find words in notes, transcripts, observations, quotes and insights.",
      "Every word must match; \"quoted words\" must follow one another."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private WorkspaceOption workspace;

  @Option(names = "--json", description = "Print one JSON object.")
  private boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Hits shown per kind (default: ${DEFAULT-VALUE}).")
  private int limit = SearchService.FIRST_PAGE;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The words to find.")
  private List<String> words;

  @Override
  public Integer call() {
    String query = String.join(" ", words) + " ";
    SearchResults results;
    try (WorkspaceSession session = workspace.open()) {
      results = session.search().search(query, Math.max(1, limit));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(asJson(results)));
    } else {
      printText(results, out);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static Map<String, Object> asJson(SearchResults results) {
    Map<String, Object> counts = new LinkedHashMap<>();
    for (SearchKind kind : SearchKind.values()) {
      counts.put(name(kind), results.counts().getOrDefault(kind, 0));
    }
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchHit hit : results.hits()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("kind", name(hit.kind()));
      fields.put("id", hit.targetId());
      fields.put("interviewId", hit.interviewId());
      fields.put("title", hit.title());
      fields.put("snippet", hit.snippet());
      fields.put("marks", hit.marks().stream().map(m -> List.of(m.start(), m.end())).toList());
      fields.put("quoteWithheld", hit.wordsWithheld());
      hits.add(fields);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("query", results.query().trim());
    fields.put("total", results.total());
    fields.put("counts", counts);
    fields.put("hits", hits);
    return fields;
  }

  private static void printText(SearchResults results, PrintWriter out) {
    if (results.total() == 0) {
      out.println("Nothing found for: " + results.query().trim());
      return;
    }
    SearchKind shown = null;
    for (SearchHit hit : results.hits()) {
      if (hit.kind() != shown) {
        shown = hit.kind();
        out.printf("%s (%d)%n", name(shown), results.counts().get(shown));
      }
      out.printf(
          "  #%d %s: %s%s%n",
          hit.targetId(), hit.title(), marked(hit), hit.wordsWithheld() ? NO_QUOTE_CONSENT : "");
    }
  }

  /** Follows the words of a speaker who has not agreed to be quoted; exports withhold them. */
  static final String NO_QUOTE_CONSENT = "  [no consent for quotes: withheld in exports]";

  /** The snippet with its matching words between « and ». */
  private static String marked(SearchHit hit) {
    StringBuilder text = new StringBuilder(hit.snippet());
    List<TextSpan> marks = new ArrayList<>(hit.marks());
    for (int i = marks.size() - 1; i >= 0; i--) {
      text.insert(marks.get(i).end(), '»').insert(marks.get(i).start(), '«');
    }
    return text.toString();
  }

  private static String name(SearchKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
