-- Migration 3: answers to guidance questions, and the team's state of each requirement.
-- Both remember the pack id and version they were given under: when a newer pack version is loaded, the engine
-- flags them "needs review" until the user confirms them (which re-stamps the version).
CREATE TABLE answers (
    fact_id      TEXT PRIMARY KEY,
    value        TEXT NOT NULL,
    pack_id      TEXT NOT NULL,
    pack_version TEXT NOT NULL,
    answered_at  TEXT NOT NULL,
    actor        TEXT NOT NULL
);
CREATE TABLE requirement_states (
    urn           TEXT PRIMARY KEY,
    status        TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'met', 'not_applicable')),
    justification TEXT NOT NULL DEFAULT '',
    owner         TEXT NOT NULL DEFAULT '',
    due_date      TEXT,
    notes         TEXT NOT NULL DEFAULT '',
    pack_id       TEXT NOT NULL,
    pack_version  TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    CHECK (status <> 'not_applicable' OR justification <> '')
);
