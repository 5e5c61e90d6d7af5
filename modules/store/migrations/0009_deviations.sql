-- Migration 9: deviations (avvik) and incidents (docs/monitoring.md).
-- A deviation follows the internal-control cycle of forskrift om ledelse og kvalitetsforbedring §§ 6–9: what
-- happened (with links to monitoring windows, test runs and evidence), its assessment, cause, corrective action and
-- the check before it is closed. An incident is a deviation that meets the criteria of a serious incident; its
-- facts (JSON of incident.* answers) decide which reports are due, and reports records what was sent when.
CREATE TABLE deviations (
    id                {{id}},
    title             TEXT NOT NULL,
    description       TEXT NOT NULL,
    severity          TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    owner             TEXT NOT NULL,
    assessment        TEXT NOT NULL,
    cause             TEXT NOT NULL,
    corrective_action TEXT NOT NULL,
    closing_check     TEXT NOT NULL,
    links             TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    opened_at         TEXT NOT NULL,
    opened_by         TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    closed_at         TEXT,
    row_version       BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE incidents (
    id           {{id}},
    deviation_id BIGINT NOT NULL REFERENCES deviations(id),
    aware_on     TEXT NOT NULL,
    facts        TEXT NOT NULL,
    reports      TEXT NOT NULL,
    notes        TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    row_version  BIGINT NOT NULL DEFAULT 1
);
