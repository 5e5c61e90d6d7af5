-- Migration 8: monitoring after go-live (docs/monitoring.md).
-- monitoring_plans keeps every version of the plan: a window is judged by the version in force when it ended, so a
-- changed plan never rewrites past windows. monitoring_rows are the production predictions and their outcomes (the
-- logs AI Act Art. 26(6) asks deployers to keep); a label arrives later than its prediction and fills in a NULL.
-- features holds the row's feature values as little-endian doubles in the order of monitoring_features (NaN where
-- missing), so ten million rows stay compact. monitoring_acknowledgements closes an alarm someone has handled.
CREATE TABLE monitoring_plans (
    version    INTEGER PRIMARY KEY,
    plan       TEXT NOT NULL,
    source     TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    actor      TEXT NOT NULL
);
CREATE TABLE monitoring_features (
    ordinal INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE
);
CREATE TABLE monitoring_rows (
    id       {{id}},
    row_key  TEXT NOT NULL UNIQUE,
    time_ms  BIGINT NOT NULL,
    score    DOUBLE PRECISION NOT NULL,
    label    SMALLINT CHECK (label IN (0, 1)),
    grp      TEXT,
    features {{blob}}
);
CREATE INDEX monitoring_rows_time ON monitoring_rows (time_ms);
CREATE TABLE monitoring_ingests (
    id            {{id}},
    file          TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    rows_read     BIGINT NOT NULL,
    rows_added    BIGINT NOT NULL,
    labels_filled BIGINT NOT NULL,
    time          TEXT NOT NULL,
    actor         TEXT NOT NULL
);
CREATE TABLE monitoring_acknowledgements (
    window_start TEXT NOT NULL,
    metric       TEXT NOT NULL,
    note         TEXT NOT NULL,
    time         TEXT NOT NULL,
    actor        TEXT NOT NULL,
    PRIMARY KEY (window_start, metric)
);
