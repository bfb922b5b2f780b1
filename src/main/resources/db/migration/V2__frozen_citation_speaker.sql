-- Whose words a frozen citation of an observation holds, and how it reads with their verbatim
-- words withheld: consent counts on the day of an export, so a frozen version made while someone
-- allowed quotes must still withhold their words once they withdraw, and forgetting them must find
-- their words in every version. Versions frozen before this migration get their speaker from the
-- observation where it still exists; without a withheld text, an export withholds the whole cited
-- text of a speaker who does not allow quotes.
ALTER TABLE canvas_version_citation ADD COLUMN speaker_id BIGINT;
ALTER TABLE canvas_version_citation ADD COLUMN withheld_text VARCHAR(20000);
UPDATE canvas_version_citation
   SET speaker_id = (SELECT observation.speaker_id FROM observation
                      WHERE observation.id = canvas_version_citation.source_id)
 WHERE kind = 'OBSERVATION';
CREATE INDEX canvas_version_citation_speaker_ix ON canvas_version_citation (speaker_id);
