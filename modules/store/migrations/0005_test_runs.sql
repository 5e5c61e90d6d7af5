-- Migration 4: test runs (the built-in metrics engine and evaluation-engine plugins), their summary metrics,
-- the requirements they support, and per-case results written as each case completes (so a run can be resumed).
CREATE TABLE test_runs (
    id             {{id}},
    uuid           TEXT NOT NULL UNIQUE,
    engine_id      TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    kind           TEXT NOT NULL,
    title          TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled')),
    provenance     TEXT NOT NULL,
    result         TEXT,
    error          TEXT NOT NULL DEFAULT '',
    cases_total    BIGINT NOT NULL DEFAULT 0,
    started        TEXT NOT NULL,
    finished       TEXT
);
CREATE TABLE test_run_metrics (
    run_id   BIGINT NOT NULL REFERENCES test_runs(id) ON DELETE CASCADE,
    ordinal  INTEGER NOT NULL,
    name     TEXT NOT NULL,
    value    DOUBLE PRECISION,
    ci_lower DOUBLE PRECISION,
    ci_upper DOUBLE PRECISION,
    PRIMARY KEY (run_id, name)
);
CREATE TABLE test_run_requirements (
    run_id BIGINT NOT NULL REFERENCES test_runs(id) ON DELETE CASCADE,
    urn    TEXT NOT NULL,
    PRIMARY KEY (run_id, urn)
);
CREATE TABLE test_run_cases (
    id       {{id}},
    run_id   BIGINT NOT NULL REFERENCES test_runs(id) ON DELETE CASCADE,
    case_id  TEXT NOT NULL,
    status   TEXT NOT NULL CHECK (status IN ('passed', 'failed', 'errored')),
    score    DOUBLE PRECISION,
    detail   TEXT NOT NULL,
    finished TEXT NOT NULL,
    UNIQUE (run_id, case_id)
);
CREATE INDEX test_run_cases_status ON test_run_cases (run_id, status);
