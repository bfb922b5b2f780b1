-- REFI-QDA imports (.qdpx projects and .qdc codebooks) are import batches too, so Remove import…
-- takes one back whole like the others.
ALTER TABLE import_batch DROP CONSTRAINT import_batch_kind_ck;
ALTER TABLE import_batch ADD CONSTRAINT import_batch_kind_ck
  CHECK (kind IN ('OBSERVATIONS', 'PEOPLE', 'QDA_PROJECT', 'QDA_CODEBOOK'));
