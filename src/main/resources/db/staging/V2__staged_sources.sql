-- The sources of staged figures and texts, each staged once per chunk that uses it instead of on every
-- row: a run's 250,000 figure rows name a few dozen sources, whose publisher, title, address and date
-- were half of what the rows held. A row names its source by source_key, a digest of the source's
-- fields, so partitions on several machines stage the same source under the same key without asking
-- one another; a source staged by two chunks is two identical rows, and readers take either. Rows
-- staged by an earlier build have no source_key and keep their source in their own columns.
CREATE TABLE IF NOT EXISTS cb_staged_source (
    run_id       BIGINT        NOT NULL,
    source_key   VARCHAR(64)   NOT NULL,
    publisher    VARCHAR(500),
    source_title VARCHAR(1000),
    source_url   VARCHAR(1000),
    published    VARCHAR(64)
);
CREATE INDEX IF NOT EXISTS cb_staged_source_run ON cb_staged_source (run_id, source_key);

ALTER TABLE cb_staged_figure ADD COLUMN IF NOT EXISTS source_key VARCHAR(64);
ALTER TABLE cb_staged_text ADD COLUMN IF NOT EXISTS source_key VARCHAR(64);
