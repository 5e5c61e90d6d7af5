-- Migration 12: a case may be "not graded" (issue 21): the tool gave it values but no pass/fail verdict (an
-- lm-eval sample with only a BLEU score). Such a case is neither passed nor failed and counts in no pass rate.
-- The status CHECK constraint gains 'not_graded'. PostgreSQL changes the constraint in place. SQLite cannot, so
-- the table is made anew as https://sqlite.org/lang_altertable.html#otheralter says, keeping every row and id;
-- the migration runner puts back the triggers that went with the old table (a review project's seal triggers).
-- @postgresql
ALTER TABLE test_run_cases DROP CONSTRAINT test_run_cases_status_check;
ALTER TABLE test_run_cases ADD CONSTRAINT test_run_cases_status_check
    CHECK (status IN ('passed', 'failed', 'errored', 'not_graded'));
-- @sqlite
CREATE TABLE test_run_cases_new (
    id       {{id}},
    run_id   BIGINT NOT NULL REFERENCES test_runs(id) ON DELETE CASCADE,
    case_id  TEXT NOT NULL,
    status   TEXT NOT NULL CHECK (status IN ('passed', 'failed', 'errored', 'not_graded')),
    score    DOUBLE PRECISION,
    detail   TEXT NOT NULL,
    finished TEXT NOT NULL,
    UNIQUE (run_id, case_id)
);
INSERT INTO test_run_cases_new (id, run_id, case_id, status, score, detail, finished)
    SELECT id, run_id, case_id, status, score, detail, finished FROM test_run_cases;
-- The next id continues where the old table's left off, also when its last cases were deleted.
DELETE FROM sqlite_sequence WHERE name = 'test_run_cases_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'test_run_cases_new', seq FROM sqlite_sequence WHERE name = 'test_run_cases';
DROP TABLE test_run_cases;
ALTER TABLE test_run_cases_new RENAME TO test_run_cases;
CREATE INDEX test_run_cases_status ON test_run_cases (run_id, status);
