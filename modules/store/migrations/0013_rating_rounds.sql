-- Migration 13: clinicians' rating rounds (issue 19; docs/human-evaluation.md).
-- A round rates the answers of one test run (or two, side by side) against a rubric. The rubric's text is kept with
-- its SHA-256, so a round stays readable when the rubric file changes. What a rater sees is copied in at creation
-- (rating_items: the conversation and the answers), so a round does not depend on the suite file staying put.
-- answer is 'a' for the first run's answer and 'b' for the second run's; left_answer records which of the two a
-- rater sees on the left. Scores are the rubric's integer levels. The same statements run on SQLite and PostgreSQL.
CREATE TABLE rating_rounds (
    id            {{id}},
    run_id        BIGINT NOT NULL REFERENCES test_runs(id),
    run_b_id      BIGINT REFERENCES test_runs(id),
    rubric_id     TEXT NOT NULL,
    rubric_level  TEXT NOT NULL,
    rubric_sha256 TEXT NOT NULL,
    rubric_text   TEXT NOT NULL,
    sample_size   BIGINT,
    seed          BIGINT NOT NULL,
    result_run_id BIGINT REFERENCES test_runs(id),
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL
);
CREATE TABLE rating_items (
    round_id     BIGINT NOT NULL REFERENCES rating_rounds(id),
    case_id      TEXT NOT NULL,
    conversation TEXT NOT NULL,
    answer_a     TEXT NOT NULL,
    answer_b     TEXT,
    PRIMARY KEY (round_id, case_id)
);
CREATE TABLE rating_assignments (
    round_id    BIGINT NOT NULL REFERENCES rating_rounds(id),
    rater       TEXT NOT NULL,
    case_id     TEXT NOT NULL,
    position    INTEGER NOT NULL,
    left_answer TEXT NOT NULL CHECK (left_answer IN ('a', 'b')),
    PRIMARY KEY (round_id, rater, case_id),
    UNIQUE (round_id, rater, position)
);
CREATE TABLE ratings (
    id          {{id}},
    round_id    BIGINT NOT NULL REFERENCES rating_rounds(id),
    rater       TEXT NOT NULL,
    case_id     TEXT NOT NULL,
    answer      TEXT NOT NULL CHECK (answer IN ('a', 'b')),
    criterion   TEXT NOT NULL,
    score       INTEGER NOT NULL,
    comment     TEXT NOT NULL,
    rated_at    TEXT NOT NULL,
    rated_by    TEXT NOT NULL,
    row_version BIGINT NOT NULL DEFAULT 1,
    UNIQUE (round_id, rater, case_id, answer, criterion)
);
CREATE TABLE rating_finals (
    round_id   BIGINT NOT NULL REFERENCES rating_rounds(id),
    case_id    TEXT NOT NULL,
    answer     TEXT NOT NULL CHECK (answer IN ('a', 'b')),
    criterion  TEXT NOT NULL,
    score      INTEGER NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (round_id, case_id, answer, criterion)
);
