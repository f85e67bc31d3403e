-- Staging tables: how the steps of careerReportJob hand data to each other.
-- Every row carries run_id (the Spring Batch job instance id): a restarted run keeps its id and
-- its rows, and two runs never mix. Small tables keep JSON of the model records, with the columns
-- the steps select on kept alongside. Portable between H2 and PostgreSQL.

-- Figures and occupation texts, the bulk of a run (131,662 and some 80,000 rows on the shipped input), are
-- staged in typed columns: later steps read them in one scan each, without parsing JSON. The key keeps each
-- file's rows in line order (seq numbers the figures of one row). A value is kept as the exact decimal text
-- it was read as, so 24.16 and 50250 come back with their scale.
CREATE TABLE IF NOT EXISTS cb_staged_figure (
    run_id           BIGINT        NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    line_no          BIGINT        NOT NULL,
    seq              INT           NOT NULL,
    soc_code         VARCHAR(16),
    original_code    VARCHAR(32),
    code_note        VARCHAR(1000),
    occupation_title VARCHAR(500),
    area             VARCHAR(255),
    area_type        VARCHAR(16)   NOT NULL,
    metric           VARCHAR(32),
    statistic        VARCHAR(32),
    unit             VARCHAR(32),
    value_text       VARCHAR(64)   NOT NULL,
    bound            VARCHAR(16),
    period_label     VARCHAR(64),
    period_start     INT           NOT NULL,
    period_end       INT           NOT NULL,
    period_kind      VARCHAR(16),
    source_id        VARCHAR(255),
    publisher        VARCHAR(500),
    source_title     VARCHAR(1000),
    source_url       VARCHAR(1000),
    published        VARCHAR(64),
    source_kind      VARCHAR(16)   NOT NULL,
    PRIMARY KEY (run_id, file_name, line_no, seq)
);

CREATE TABLE IF NOT EXISTS cb_staged_text (
    run_id           BIGINT        NOT NULL,
    file_name        VARCHAR(255)  NOT NULL,
    line_no          BIGINT        NOT NULL,
    seq              INT           NOT NULL,
    soc_code         VARCHAR(16)   NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    text             VARCHAR(100000) NOT NULL,
    text_rank        INT           NOT NULL,
    source_file      VARCHAR(255),
    source_line      BIGINT        NOT NULL,
    source_id        VARCHAR(255),
    publisher        VARCHAR(500),
    source_title     VARCHAR(1000),
    source_url       VARCHAR(1000),
    published        VARCHAR(64),
    source_kind      VARCHAR(16)   NOT NULL,
    PRIMARY KEY (run_id, file_name, line_no, seq)
);

CREATE TABLE IF NOT EXISTS cb_occupation (
    run_id       BIGINT       NOT NULL,
    soc_code     VARCHAR(16)  NOT NULL,
    payload      TEXT         NOT NULL,
    PRIMARY KEY (run_id, soc_code)
);

CREATE TABLE IF NOT EXISTS cb_reject (
    run_id       BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    line_no      BIGINT       NOT NULL,
    filtered     BOOLEAN      NOT NULL,
    payload      TEXT         NOT NULL
);
CREATE INDEX IF NOT EXISTS cb_reject_run ON cb_reject (run_id, file_name, line_no);

CREATE TABLE IF NOT EXISTS cb_file_accounting (
    run_id       BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    payload      TEXT         NOT NULL,
    PRIMARY KEY (run_id, file_name)
);

CREATE TABLE IF NOT EXISTS cb_document (
    run_id       BIGINT       NOT NULL,
    document_id  VARCHAR(255) NOT NULL,
    soc_code     VARCHAR(16),
    payload      TEXT         NOT NULL,
    PRIMARY KEY (run_id, document_id)
);

CREATE TABLE IF NOT EXISTS cb_claim (
    run_id       BIGINT       NOT NULL,
    claim_id     VARCHAR(255) NOT NULL,
    soc_code     VARCHAR(16),
    payload      TEXT         NOT NULL,
    PRIMARY KEY (run_id, claim_id)
);
CREATE INDEX IF NOT EXISTS cb_claim_soc ON cb_claim (run_id, soc_code);

CREATE TABLE IF NOT EXISTS cb_reconciled (
    run_id       BIGINT       NOT NULL,
    soc_code     VARCHAR(16)  NOT NULL,
    payload      TEXT         NOT NULL,
    PRIMARY KEY (run_id, soc_code)
);

CREATE TABLE IF NOT EXISTS cb_source_weight (
    run_id       BIGINT       NOT NULL,
    source_id    VARCHAR(255) NOT NULL,
    payload      TEXT         NOT NULL,
    PRIMARY KEY (run_id, source_id)
);

-- Sources that probably copy one another (reconcile step), one row per dependent pair.
CREATE TABLE IF NOT EXISTS cb_source_dependence (
    run_id       BIGINT       NOT NULL,
    source_id    VARCHAR(255) NOT NULL,
    copies_from  VARCHAR(255) NOT NULL,
    payload      TEXT         NOT NULL,
    PRIMARY KEY (run_id, source_id, copies_from)
);
