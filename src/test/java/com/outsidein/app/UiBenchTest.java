package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.TextSpan;
import com.outsidein.exchange.bench.Bench;
import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The UI bench ({@code ./mvnw test -Dbench.ui=true}; skipped otherwise). In the whole app,
 * headless, it types 500 characters into a 300,000-character transcript with 300 highlighted
 * observations, deletes 200 with Backspace and pastes a paragraph with Ctrl+V. Each keystroke is
 * timed from the dispatch of its key events, made as a pulse begins, to the moment the FX thread
 * has finished that pulse and whatever was queued on it until then (deferred work included). Then
 * it times the switch to the Observations section of the same 100,000-observation workspace as
 * {@link ObservationsSectionSwitchTest} does. It prints one flat JSON line.
 */
@EnabledIfSystemProperty(named = "bench.ui", matches = "true")
@ExtendWith(ApplicationExtension.class)
class UiBenchTest {

  static final boolean BENCH_UI = Boolean.getBoolean("bench.ui");

  private static final int OBSERVATIONS = 100_000;
  private static final int TRANSCRIPT_CHARS = 300_000;
  private static final int PARAGRAPH_CHARS = 300;
  private static final int HIGHLIGHTS = 300;
  private static final int TYPED = 500;
  private static final int DELETED = 200;
  private static final int WARM_UP = 60;

  /** How long the measured keystrokes may take in all before the bench gives up. */
  private static final Duration BUDGET = Duration.ofMinutes(6);

  private static final String SENTENCE =
      "we set the lifts up over two weekends and the paper plan was the only thing that worked ";
  private static final String[] WORDS = {
    "the",
    "lift",
    "plan",
    "paper",
    "weekend",
    "crew",
    "site",
    "budget",
    "client",
    "took",
    "again",
    "because",
    "nobody",
    "asked",
    "about",
    "stairs",
    "manual",
    "schedule",
    "worked",
    "never"
  };

  @TempDir static Path folder;
  private static Path workspace;
  private static long interviewId;
  private static String pasted;
  private DesktopApp app;
  private Stage stage;
  private Runnable atPulseStart;
  private Runnable afterPulse;

  @BeforeAll
  static void build() throws Exception {
    workspace = folder.resolve("bench");
    try (WorkspaceSession session = WorkspaceSession.create(workspace)) {
      Bench.fill(session, OBSERVATIONS, folder);
      long study = session.studies().all().get(0).id();
      String transcript = transcript();
      Interview made =
          session
              .interviews()
              .create(
                  new Interview(
                      0, study, "Long transcript", null, null, null, null, "", transcript, null),
                  List.of());
      interviewId = made.id();
      int paragraphs = TRANSCRIPT_CHARS / PARAGRAPH_CHARS;
      for (int i = 0; i < HIGHLIGHTS; i++) {
        int start = (i * paragraphs / HIGHLIGHTS) * PARAGRAPH_CHARS + 20;
        session
            .observations()
            .createFromPassage(interviewId, InterviewField.TRANSCRIPT, start, start + 80);
      }
    }
    pasted = paragraph(7).replace('\n', ' ').trim();
  }

  /** Turns of about 300 characters each, one a paragraph, 300,000 characters in all. */
  private static String transcript() {
    StringBuilder text = new StringBuilder(TRANSCRIPT_CHARS);
    for (int i = 0; text.length() < TRANSCRIPT_CHARS; i++) {
      text.append(paragraph(i));
    }
    text.setLength(TRANSCRIPT_CHARS);
    return text.toString();
  }

  private static String paragraph(int index) {
    StringBuilder line = new StringBuilder(index % 2 == 0 ? "Ann: " : "Interviewer: ");
    for (int w = 0; line.length() < PARAGRAPH_CHARS - 12; w++) {
      line.append(WORDS[(index * 7 + w * 13 + w * w) % WORDS.length]).append(' ');
    }
    while (line.length() < PARAGRAPH_CHARS - 1) {
      line.append('.');
    }
    return line.append('\n').toString();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    DataFolder data = new DataFolder(folder.resolve("data"));
    Settings settings = Settings.load(data.settingsFile());
    settings.put(WelcomeViewModel.DISMISSED, "true");
    settings.save();
    app = DesktopApp.start(stage, data, WorkspaceSession.fileOf(workspace));
  }

  @Stop
  void stop() {
    app.close();
  }

  @Test
  void typingIntoALongTranscriptAndSwitchingToALargeTableStayFast() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().session() != null);
    int middle = (TRANSCRIPT_CHARS / PARAGRAPH_CHARS / 2) * PARAGRAPH_CHARS - 1;
    WaitForAsyncUtils.asyncFx(
            () ->
                app.navigator()
                    .openPassage(
                        interviewId, InterviewField.TRANSCRIPT, new TextSpan(middle, middle)))
        .get(300, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(
        300,
        TimeUnit.SECONDS,
        () -> transcriptArea() != null && transcriptArea().getLength() == TRANSCRIPT_CHARS);
    StyleClassedTextArea area = transcriptArea();
    Scene scene = stage.getScene();
    Runnable pulse =
        () -> {
          Runnable pending = afterPulse;
          afterPulse = null;
          if (pending != null) {
            Platform.runLater(pending);
          }
        };
    Runnable pulseStart =
        () -> {
          Runnable keystroke = atPulseStart;
          atPulseStart = null;
          if (keystroke != null) {
            keystroke.run();
          }
        };
    onFx(
        () -> {
          scene.addPreLayoutPulseListener(pulseStart);
          scene.addPostLayoutPulseListener(pulse);
        });

    // Warm up (not counted): type and take back a few words elsewhere in the text.
    onFx(
        () -> {
          area.requestFocus();
          area.moveTo(PARAGRAPH_CHARS * 100 - 1);
        });
    for (int i = 0; i < WARM_UP; i++) {
      type(area, SENTENCE.charAt(i % SENTENCE.length()));
    }
    for (int i = 0; i < WARM_UP; i++) {
      backspace(area);
    }

    onFx(() -> area.moveTo(middle));
    List<Double> times = new ArrayList<>();
    long deadline = System.nanoTime() + BUDGET.toNanos();
    for (int i = 0; i < TYPED && System.nanoTime() < deadline; i++) {
      times.add(progress(times, type(area, SENTENCE.charAt(i % SENTENCE.length()))));
    }
    for (int i = 0; i < DELETED && System.nanoTime() < deadline; i++) {
      times.add(progress(times, backspace(area)));
    }
    boolean finished = System.nanoTime() < deadline;
    if (finished) {
      onFx(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, pasted)));
      times.add(paste(area));
    }
    onFx(
        () -> {
          scene.removePreLayoutPulseListener(pulseStart);
          scene.removePostLayoutPulseListener(pulse);
        });
    if (!finished) {
      // An editor too slow to finish within the budget still leaves its figures, then fails.
      print(times, -1, -1);
    }
    assertThat(finished).as("every keystroke within %s", BUDGET).isTrue();

    int expected = TRANSCRIPT_CHARS + TYPED - DELETED + pasted.length();
    assertThat(onFx(area::getLength)).isEqualTo(expected);
    assertThat(onFx(() -> area.getText(middle, middle + TYPED - DELETED)))
        .isEqualTo(typedText().substring(0, TYPED - DELETED));

    long firstSwitch = SectionSwitchTiming.switchToObservations(stage, app);
    SectionSwitchTiming.leaveObservations(app);
    long secondSwitch = SectionSwitchTiming.switchToObservations(stage, app);

    print(times, firstSwitch, secondSwitch);
  }

  /** The one JSON line (a switch not measured shows as -1). */
  private static void print(List<Double> times, long firstSwitch, long secondSwitch) {
    double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "{\"transcriptChars\":%d,\"highlights\":%d,\"keystrokes\":%d,\"keystrokeP50Ms\":%.2f,"
            + "\"keystrokeP95Ms\":%.2f,\"keystrokeMaxMs\":%.2f,\"observations\":%d,"
            + "\"sectionSwitchMs\":%d,\"sectionSwitchAgainMs\":%d}%n",
        TRANSCRIPT_CHARS,
        HIGHLIGHTS,
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 95),
        sorted[sorted.length - 1],
        OBSERVATIONS,
        firstSwitch,
        secondSwitch);
  }

  /** Every hundred keystrokes a line on stderr, so a slow run shows how far it got. */
  private static double progress(List<Double> times, double ms) {
    if ((times.size() + 1) % 100 == 0) {
      System.err.printf(
          Locale.ROOT, "UI bench: %d keystrokes, the last %.1f ms%n", times.size() + 1, ms);
    }
    return ms;
  }

  private static String typedText() {
    StringBuilder typed = new StringBuilder();
    for (int i = 0; i < TYPED; i++) {
      typed.append(SENTENCE.charAt(i % SENTENCE.length()));
    }
    return typed.toString();
  }

  private StyleClassedTextArea transcriptArea() {
    return (StyleClassedTextArea) stage.getScene().lookup("#interview-transcript");
  }

  private double type(StyleClassedTextArea area, char c) throws Exception {
    String typed = String.valueOf(c);
    KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(typed.toUpperCase(Locale.ROOT));
    return timed(
        area,
        key(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, code, false),
        key(KeyEvent.KEY_TYPED, typed, KeyCode.UNDEFINED, false),
        key(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, code, false));
  }

  private double backspace(StyleClassedTextArea area) throws Exception {
    return timed(
        area,
        key(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, KeyCode.BACK_SPACE, false),
        key(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, KeyCode.BACK_SPACE, false));
  }

  private double paste(StyleClassedTextArea area) throws Exception {
    return timed(
        area,
        key(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, KeyCode.V, true),
        key(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, KeyCode.V, true));
  }

  private static KeyEvent key(
      javafx.event.EventType<KeyEvent> type, String character, KeyCode code, boolean shortcut) {
    return new KeyEvent(type, character, "", code, false, shortcut, false, false);
  }

  /**
   * Milliseconds from dispatching the events to the area until the FX thread has finished the pulse
   * that shows them and then everything queued on it before that pulse ended. The events are
   * dispatched as that pulse begins: a keystroke sent just after a pulse would otherwise wait for
   * the 60 Hz frame timer, and every figure would read as about one frame (16.7 ms) whatever the
   * editor does.
   */
  private double timed(StyleClassedTextArea area, KeyEvent... events) throws Exception {
    CompletableFuture<Double> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          atPulseStart =
              () -> {
                long started = System.nanoTime();
                afterPulse = () -> done.complete((System.nanoTime() - started) / 1e6);
                for (KeyEvent event : events) {
                  Event.fireEvent(area, event);
                }
              };
          Platform.requestNextPulse();
        });
    return done.get(120, TimeUnit.SECONDS);
  }

  private static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  private static void onFx(Runnable action) throws Exception {
    WaitForAsyncUtils.asyncFx(action).get(120, TimeUnit.SECONDS);
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
    return WaitForAsyncUtils.asyncFx(action).get(120, TimeUnit.SECONDS);
  }
}
