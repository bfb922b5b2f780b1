package com.outsidein.store;

import static com.outsidein.store.generated.Tables.INTERVIEW;
import static com.outsidein.store.generated.Tables.INTERVIEW_TEXT;

import com.outsidein.domain.InterviewField;
import com.outsidein.store.generated.tables.InterviewText;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/**
 * An interview's notes and transcript, each a row of {@code interview_text} (none when empty), so
 * that saving one never rewrites the other. Reads join them back beside the interview's columns.
 */
final class InterviewTextRows {

  private static final InterviewText NOTES_ROW = INTERVIEW_TEXT.as("notes_row");
  private static final InterviewText TRANSCRIPT_ROW = INTERVIEW_TEXT.as("transcript_row");

  /** The notes beside an interview read with {@link #joined}; empty when there are none. */
  static final Field<String> NOTES = DSL.coalesce(NOTES_ROW.BODY, "").as("notes");

  /** The transcript beside an interview read with {@link #joined}; empty when there is none. */
  static final Field<String> TRANSCRIPT = DSL.coalesce(TRANSCRIPT_ROW.BODY, "").as("transcript");

  private InterviewTextRows() {}

  /**
   * The select's {@code FROM interview} with both texts joined, for {@link #NOTES} and {@link
   * #TRANSCRIPT}.
   */
  static <R extends Record> SelectJoinStep<R> joined(SelectJoinStep<R> fromInterview) {
    return fromInterview
        .leftJoin(NOTES_ROW)
        .on(
            NOTES_ROW
                .INTERVIEW_ID
                .eq(INTERVIEW.ID)
                .and(NOTES_ROW.FIELD.eq(key(InterviewField.NOTES))))
        .leftJoin(TRANSCRIPT_ROW)
        .on(
            TRANSCRIPT_ROW
                .INTERVIEW_ID
                .eq(INTERVIEW.ID)
                .and(TRANSCRIPT_ROW.FIELD.eq(key(InterviewField.TRANSCRIPT))));
  }

  static String read(DSLContext ctx, long interviewId, InterviewField field) {
    return ctx.select(INTERVIEW_TEXT.BODY)
        .from(INTERVIEW_TEXT)
        .where(INTERVIEW_TEXT.INTERVIEW_ID.eq(interviewId))
        .and(INTERVIEW_TEXT.FIELD.eq(key(field)))
        .fetchOptional(INTERVIEW_TEXT.BODY)
        .orElse("");
  }

  /** Writes one text: its row replaced, or removed when the text is empty. */
  static void write(DSLContext ctx, long interviewId, InterviewField field, String text) {
    if (text == null || text.isEmpty()) {
      ctx.deleteFrom(INTERVIEW_TEXT)
          .where(INTERVIEW_TEXT.INTERVIEW_ID.eq(interviewId))
          .and(INTERVIEW_TEXT.FIELD.eq(key(field)))
          .execute();
      return;
    }
    ctx.insertInto(INTERVIEW_TEXT)
        .set(INTERVIEW_TEXT.INTERVIEW_ID, interviewId)
        .set(INTERVIEW_TEXT.FIELD, key(field))
        .set(INTERVIEW_TEXT.BODY, text)
        .onDuplicateKeyUpdate()
        .set(INTERVIEW_TEXT.BODY, text)
        .execute();
  }

  static String key(InterviewField field) {
    return field.name();
  }
}
