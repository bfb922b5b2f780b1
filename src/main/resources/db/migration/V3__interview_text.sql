-- An interview's notes and transcript each in a row of their own: saving the notes rewrites the
-- notes only, where the interview row held both and every save of a few words rewrote a transcript
-- of hundreds of thousands of characters beside them (the file grew by that much per save until
-- compacted). A text that is empty has no row.
CREATE TABLE interview_text (
  interview_id BIGINT           NOT NULL,
  field        VARCHAR(10)      NOT NULL,
  body         VARCHAR(1000000) NOT NULL,
  CONSTRAINT interview_text_pk PRIMARY KEY (interview_id, field),
  CONSTRAINT interview_text_field_ck CHECK (field IN ('NOTES', 'TRANSCRIPT')),
  CONSTRAINT interview_text_interview_fk FOREIGN KEY (interview_id) REFERENCES interview (id) ON DELETE CASCADE
);
INSERT INTO interview_text (interview_id, field, body)
  SELECT id, 'NOTES', notes FROM interview WHERE notes <> '';
INSERT INTO interview_text (interview_id, field, body)
  SELECT id, 'TRANSCRIPT', transcript FROM interview WHERE transcript <> '';
ALTER TABLE interview DROP COLUMN notes;
ALTER TABLE interview DROP COLUMN transcript;
