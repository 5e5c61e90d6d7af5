-- Migration 4: the evidence library. An item is stored content (a blob) with its metadata, its PII-guard result
-- and its links to requirements. Dates are 'YYYY-MM-DD' text, times ISO 8601 UTC text, as everywhere else.
CREATE TABLE evidence (
    id               {{id}},
    blob_sha256      TEXT NOT NULL REFERENCES blobs(sha256),
    size             BIGINT NOT NULL,
    title            TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('report', 'dataset_description', 'risk_analysis', 'test_result',
                                                   'log', 'configuration', 'declaration', 'other')),
    description      TEXT NOT NULL,
    author           TEXT NOT NULL,
    reviewer         TEXT NOT NULL,
    effective_date   TEXT,
    expiry_date      TEXT,
    system_version   TEXT NOT NULL,
    source_kind      TEXT NOT NULL CHECK (source_kind IN ('file', 'test_run')),
    source           TEXT NOT NULL,
    file_name        TEXT NOT NULL,
    media_type       TEXT NOT NULL,
    review_state     TEXT NOT NULL CHECK (review_state IN ('draft', 'submitted', 'in_review', 'approved')),
    created          TEXT NOT NULL,
    modified         TEXT NOT NULL,
    pii_scanned      INTEGER NOT NULL,
    pii_findings     BIGINT NOT NULL,
    pii_report       TEXT NOT NULL,
    pii_cleared_by   TEXT,
    pii_cleared_at   TEXT,
    pii_clear_reason TEXT
);
CREATE INDEX evidence_blob ON evidence (blob_sha256);
CREATE TABLE evidence_links (
    evidence_id BIGINT NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    urn         TEXT NOT NULL,
    created     TEXT NOT NULL,
    PRIMARY KEY (evidence_id, urn)
);
CREATE INDEX evidence_links_urn ON evidence_links (urn);
