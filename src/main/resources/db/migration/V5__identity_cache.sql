-- Identity values are handed out from a larger cache. H2 records a table's next identity value
-- whenever its cache of values runs out (32 by default), and with every record it writes the open
-- store to the file, uncommitted pages and all: an import of 100,000 observations wrote the file
-- some 3,000 times. A value cached but not used is skipped after a crash, nothing more.
-- [jooq ignore start]
ALTER TABLE observation ALTER COLUMN id SET CACHE 100000;
ALTER TABLE interview ALTER COLUMN id SET CACHE 10000;
ALTER TABLE person ALTER COLUMN id SET CACHE 10000;
ALTER TABLE account ALTER COLUMN id SET CACHE 10000;
ALTER TABLE code ALTER COLUMN id SET CACHE 10000;
ALTER TABLE dimension_value ALTER COLUMN id SET CACHE 10000;
ALTER TABLE team_member ALTER COLUMN id SET CACHE 10000;
-- [jooq ignore stop]
