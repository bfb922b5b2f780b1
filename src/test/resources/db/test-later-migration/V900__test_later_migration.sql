-- Only for tests: stands in for a future migration so the pre-migration backup can be proven.
CREATE TABLE test_later_migration (id BIGINT PRIMARY KEY);
