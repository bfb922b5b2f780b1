-- Rows in every table of schema version 1, written as V1 knew them: the migration test opens a
-- workspace holding these with the current code and checks every row is still there.
INSERT INTO workspace_property (name, property_value) VALUES ('fixture', 'v1');
INSERT INTO dimension_value (id, dimension, name, sort_order) VALUES (1001, 'SEGMENT', 'Fixture segment', 99);
INSERT INTO team_member (id, name, email) VALUES (1, 'Maren', 'maren@example.org');
INSERT INTO account (id, name, segment_id, annual_value) VALUES (1, 'Harbourline', 1001, 120000.50);
INSERT INTO person (id, name, role, account_id, email, email_key, consent_given_on, consent_notes, consent_quotes)
  VALUES (1, 'Priya Raman', 'Dispatcher', 1, 'Priya@example.org', 'priya@example.org', DATE '2025-03-01', TRUE, TRUE);
INSERT INTO consent_change (id, person_id, changed_at, given_on, notes, quotes, recording, reason)
  VALUES (1, 1, TIMESTAMP WITH TIME ZONE '2025-03-01 10:00:00+00', DATE '2025-03-01', TRUE, TRUE, FALSE, 'Recorded');
INSERT INTO study (id, title, research_questions, status, starts_on, owner_id)
  VALUES (1, 'Renewal risk', 'Why do they hesitate?', 'RUNNING', DATE '2025-02-01', 1);
INSERT INTO import_batch (id, study_id, kind, file_name, sha256, imported_at, row_count)
  VALUES (1, 1, 'OBSERVATIONS', 'notes.csv', '0000000000000000000000000000000000000000000000000000000000000000',
          TIMESTAMP WITH TIME ZONE '2025-03-02 10:00:00+00', 1);
INSERT INTO interview (id, study_id, title, held_on, interviewer_id, notes, transcript, import_batch_id)
  VALUES (1, 1, 'Depot visit', DATE '2025-03-01', 1, 'Priya said: "The map freezes."', '', 1);
INSERT INTO interview (id, study_id, title, held_on, notes, transcript)
  VALUES (2, 1, 'Call with dispatch', DATE '2025-03-04', '', 'Dispatcher: The route loads slowly.
Priya: Only on Mondays.');
INSERT INTO interview_participant (interview_id, person_id) VALUES (1, 1);
INSERT INTO code (id, parent_id, name, definition, colour) VALUES (1, NULL, 'Mobile app', 'The app', '#1F6FB2');
INSERT INTO code (id, parent_id, name, definition) VALUES (2, 1, 'Offline', 'No signal');
INSERT INTO observation (id, study_id, interview_id, speaker_id, text, quote, kind, sentiment,
    highlight_field, highlight_start, highlight_end, import_batch_id)
  VALUES (1, 1, 1, 1, 'The map freezes offline', 'The map freezes.', 'SAYS', -2, 'NOTES', 13, 29, 1);
INSERT INTO observation_code (observation_id, code_id) VALUES (1, 2);
INSERT INTO insight (id, study_id, title, statement, facet, knowledge_stage, confidence, impact, status)
  VALUES (1, 1, 'Offline breaks trust', 'Because', 'PROBLEMS', 'HEURISTIC', 'MEDIUM', 'HIGH', 'VALIDATED');
INSERT INTO insight_evidence (insight_id, observation_id, sort_order) VALUES (1, 1, 1);
INSERT INTO canvas (id, title, study_id, owner_id, status) VALUES (1, 'Plan', NULL, 1, 'ACTIVE');
INSERT INTO canvas_prompt (id, canvas_id, section, text, sort_order) VALUES (1, 1, 'THINK', 'What do they think?', 1);
INSERT INTO canvas_entry (id, prompt_id, answer, sort_order, horizon, owner_id, progress)
  VALUES (1, 1, 'They like us', 1, 'SHORT', 1, 'IN_PROGRESS');
INSERT INTO canvas_citation (id, entry_id, insight_id, sort_order) VALUES (1, 1, 1, 1);
INSERT INTO manifesto_item (id, canvas_id, text, sort_order) VALUES (1, 1, 'Be simple', 1);
INSERT INTO canvas_version (id, canvas_id, label, frozen_at, title, scope, status)
  VALUES (1, 1, 'v1', TIMESTAMP WITH TIME ZONE '2025-04-01 10:00:00+00', 'Plan', 'All studies', 'ACTIVE');
INSERT INTO canvas_version_entry (id, version_id, section, prompt_text, prompt_order, source_entry_id, entry_order, answer)
  VALUES (1, 1, 'THINK', 'What do they think?', 1, 1, 1, 'They like us');
INSERT INTO canvas_version_citation (id, version_entry_id, kind, source_id, cited_text, sort_order)
  VALUES (1, 1, 'INSIGHT', 1, 'Offline breaks trust', 1);
INSERT INTO canvas_version_manifesto (id, version_id, text, sort_order) VALUES (1, 1, 'Be simple', 1);
