package com.outsidein.ui.interviews;

import com.outsidein.domain.Highlight;
import com.outsidein.domain.HighlightShift;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.TextChange;
import com.outsidein.domain.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One text of the open interview as it is typed, with the observations' highlighted passages kept
 * in step. An edit is applied by its changed range: the passages clear of it keep their place or
 * move by the change in length, and only those it reaches into are looked for again by their words
 * (as {@link HighlightShift} does when the text is committed). Each change says which stretches of
 * the text now look different, so that only those are restyled.
 */
final class TypedText {

  /** Where an observation's passage lies in the text as typed. */
  record Mark(long observationId, int start, int end) {}

  /** A passage, moved in place as the text is edited. */
  private static final class Passage {
    final long observationId;
    int start;
    int end;

    Passage(long observationId, int start, int end) {
      this.observationId = observationId;
      this.start = start;
      this.end = end;
    }
  }

  private static final Comparator<Passage> BY_START =
      Comparator.<Passage>comparingInt(p -> p.start)
          .thenComparingInt(p -> p.end)
          .thenComparingLong(p -> p.observationId);

  private final InterviewField field;
  private final StringBuilder text = new StringBuilder();
  private String shown = "";

  /** Sorted by start. */
  private final List<Passage> passages = new ArrayList<>();

  private long version;

  TypedText(InterviewField field) {
    this.field = field;
  }

  /** The text as typed. */
  String text() {
    if (shown == null) {
      shown = text.toString();
    }
    return shown;
  }

  int length() {
    return text.length();
  }

  /** Counts the changes: a text is committed as of a version. */
  long version() {
    return version;
  }

  /** Shows a text afresh with these passages (those that do not fit in it are left out). */
  void reset(String newText, Map<Long, Highlight> highlights) {
    text.setLength(0);
    text.append(newText);
    shown = newText;
    version++;
    passages.clear();
    passages.addAll(fitting(highlights));
  }

  /**
   * Puts these passages in place of the ones held (after a reload) and says where the text now
   * looks different: where a passage was added, removed or moved.
   */
  List<TextSpan> setHighlights(Map<Long, Highlight> highlights) {
    Map<Long, Passage> before = new HashMap<>();
    for (Passage p : passages) {
      before.put(p.observationId, p);
    }
    List<Passage> after = fitting(highlights);
    List<TextSpan> changed = new ArrayList<>();
    for (Passage p : after) {
      Passage old = before.remove(p.observationId);
      if (old == null || old.start != p.start || old.end != p.end) {
        changed.add(new TextSpan(p.start, p.end));
        if (old != null) {
          changed.add(new TextSpan(old.start, old.end));
        }
      }
    }
    for (Passage gone : before.values()) {
      changed.add(new TextSpan(gone.start, gone.end));
    }
    passages.clear();
    passages.addAll(after);
    return merged(changed);
  }

  private List<Passage> fitting(Map<Long, Highlight> highlights) {
    List<Passage> fit = new ArrayList<>();
    highlights.forEach(
        (id, h) -> {
          if (h != null && h.field() == field && h.end() <= text.length()) {
            fit.add(new Passage(id, h.start(), h.end()));
          }
        });
    fit.sort(BY_START);
    return fit;
  }

  /**
   * Applies an edit: {@code removed} characters at {@code position} became {@code inserted}. Says
   * which stretches of the edited text must be restyled: the inserted characters, and the old and
   * new place of each passage the edit reached into.
   */
  List<TextSpan> edit(int position, int removed, String inserted) {
    Objects.checkFromIndexSize(position, removed, text.length());
    TextChange change = new TextChange(position, removed, inserted.length());
    int delta = inserted.length() - removed;
    int firstAfter = firstStartingAfter(change);
    List<Passage> reached = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < firstAfter; i++) {
      Passage p = passages.get(i);
      if (p.end > position) {
        reached.add(p);
        words.add(text.substring(p.start, p.end));
      }
    }
    text.replace(position, position + removed, inserted);
    shown = null;
    version++;
    for (int i = firstAfter; i < passages.size(); i++) {
      Passage p = passages.get(i);
      p.start += delta;
      p.end += delta;
    }
    List<TextSpan> restyle = new ArrayList<>();
    if (!inserted.isEmpty()) {
      restyle.add(new TextSpan(position, position + inserted.length()));
    }
    if (!reached.isEmpty()) {
      for (int i = 0; i < reached.size(); i++) {
        Passage p = reached.get(i);
        Highlight old = new Highlight(field, p.start, p.end);
        restyle.add(new TextSpan(Math.min(p.start, position), oldEndAfter(change, p.end)));
        Highlight now = HighlightShift.reached(words.get(i), text, change, old);
        if (now == null) {
          passages.remove(p);
        } else {
          p.start = now.start();
          p.end = now.end();
          restyle.add(new TextSpan(now.start(), now.end()));
        }
      }
      passages.sort(BY_START);
    }
    return merged(restyle);
  }

  /** Where a passage that ended here, reached by the edit, ends in the edited text at most. */
  private static int oldEndAfter(TextChange change, int end) {
    int editEnd = change.position() + change.removed();
    int delta = change.inserted() - change.removed();
    return Math.max(change.position() + change.inserted(), end >= editEnd ? end + delta : 0);
  }

  /** The index of the first passage that starts after the edited range (passages are by start). */
  private int firstStartingAfter(TextChange change) {
    int low = 0;
    int high = passages.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (HighlightShift.startsAfter(change, passages.get(mid).start)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** Where an observation's passage lies now, or null when it has none in this text. */
  Highlight highlightOf(long observationId) {
    for (Passage p : passages) {
      if (p.observationId == observationId) {
        return new Highlight(field, p.start, p.end);
      }
    }
    return null;
  }

  /** The first observation whose passage covers a place in the text (ends included), if any. */
  Long observationAt(int position) {
    for (Passage p : passages) {
      if (p.start > position) {
        break;
      }
      if (position <= p.end) {
        return p.observationId;
      }
    }
    return null;
  }

  /** The passages that share a character with [from, to), by start. */
  List<Mark> marksWithin(int from, int to) {
    List<Mark> marks = new ArrayList<>();
    for (Passage p : passages) {
      if (p.start >= to) {
        break;
      }
      if (p.end > from && p.end > p.start) {
        marks.add(new Mark(p.observationId, p.start, p.end));
      }
    }
    return marks;
  }

  /** Every passage held, by start. */
  List<Mark> marks() {
    return marksWithin(0, Integer.MAX_VALUE);
  }

  /** Joins spans that touch or overlap, so each character is restyled once. */
  private static List<TextSpan> merged(List<TextSpan> spans) {
    if (spans.size() < 2) {
      return spans;
    }
    List<TextSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(TextSpan::start));
    List<TextSpan> joined = new ArrayList<>();
    TextSpan current = sorted.get(0);
    for (TextSpan next : sorted.subList(1, sorted.size())) {
      if (next.start() <= current.end()) {
        current = new TextSpan(current.start(), Math.max(current.end(), next.end()));
      } else {
        joined.add(current);
        current = next;
      }
    }
    joined.add(current);
    return joined;
  }
}
