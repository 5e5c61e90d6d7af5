-- Migration 9: team mode. Optimistic concurrency: every editable row carries row_version, bumped by each change,
-- so a save based on an older version is refused instead of overwriting someone else's work (store/RowVersion.h).
-- members lists who may do what; a project without members treats everyone as an editor.
ALTER TABLE answers ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE requirement_states ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE evidence ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE evidence ADD COLUMN modified_by TEXT NOT NULL DEFAULT '';
CREATE TABLE members (
    actor    TEXT PRIMARY KEY,
    role     TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'read_only')),
    added    TEXT NOT NULL,
    added_by TEXT NOT NULL
);
