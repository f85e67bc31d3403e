-- Staging tables: how the steps of careerReportJob hand data to each other.
-- Every row carries run_id (the Spring Batch job instance id): a restarted run keeps its id and
-- its rows, and two runs never mix. Values are stored as JSON of the model records, with the
-- columns the steps select on kept alongside. Portable between H2 and PostgreSQL.

CREATE TABLE IF NOT EXISTS cb_figure (
    run_id       BIGINT       NOT NULL,
    soc_code     VARCHAR(16),
    area_type    VARCHAR(16)  NOT NULL,
    source_kind  VARCHAR(16)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    line_no      BIGINT       NOT NULL,
    payload      TEXT         NOT NULL
);
CREATE INDEX IF NOT EXISTS cb_figure_soc ON cb_figure (run_id, soc_code);

CREATE TABLE IF NOT EXISTS cb_occupation_text (
    run_id       BIGINT       NOT NULL,
    soc_code     VARCHAR(16)  NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    payload      TEXT         NOT NULL
);
CREATE INDEX IF NOT EXISTS cb_occupation_text_soc ON cb_occupation_text (run_id, soc_code);

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
