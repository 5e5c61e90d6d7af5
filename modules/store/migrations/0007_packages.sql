-- Migration 7: documentation packages and regulator review (docs/packages.md).
-- A vendor's project keeps the texts its documents need (document_details), every package it built
-- (package_builds), and the signed reviews it imported (imported_reviews, imported_findings). A review project,
-- made by `review open` from a package, keeps what it was made from (review_packages, review_package_files) and
-- the reviewer's findings (review_findings); the vendor's content in it is sealed by triggers (ReviewTable::seal).
CREATE TABLE document_details (
    detail_key TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE TABLE package_builds (
    id                 {{id}},
    manifest_sha256    TEXT NOT NULL,
    created            TEXT NOT NULL,
    file_name          TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL,
    documents          TEXT NOT NULL,
    manifest           TEXT NOT NULL
);
CREATE INDEX package_builds_manifest ON package_builds (manifest_sha256);
CREATE TABLE review_packages (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    manifest_sha256    TEXT NOT NULL,
    manifest           TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL,
    key_pinned         INTEGER NOT NULL,
    file_name          TEXT NOT NULL,
    opened_at          TEXT NOT NULL,
    opened_by          TEXT NOT NULL,
    reviewer_name      TEXT NOT NULL DEFAULT '',
    reviewer_org       TEXT NOT NULL DEFAULT '',
    summary            TEXT NOT NULL DEFAULT ''
);
CREATE TABLE review_package_files (
    path        TEXT PRIMARY KEY,
    blob_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    size        BIGINT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('document', 'export', 'evidence'))
);
CREATE TABLE review_findings (
    urn        TEXT PRIMARY KEY,
    verdict    TEXT NOT NULL CHECK (verdict IN ('accepted', 'deficiency', 'question')),
    comment    TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE TABLE imported_reviews (
    id                   {{id}},
    review_sha256        TEXT NOT NULL UNIQUE,
    package_build_id     BIGINT NOT NULL REFERENCES package_builds(id),
    reviewer_name        TEXT NOT NULL,
    reviewer_org         TEXT NOT NULL,
    reviewer_fingerprint TEXT NOT NULL,
    reviewed_at          TEXT NOT NULL,
    imported_at          TEXT NOT NULL,
    imported_by          TEXT NOT NULL,
    summary              TEXT NOT NULL,
    document             TEXT NOT NULL
);
CREATE TABLE imported_findings (
    review_id BIGINT NOT NULL REFERENCES imported_reviews(id) ON DELETE CASCADE,
    urn       TEXT NOT NULL,
    verdict   TEXT NOT NULL CHECK (verdict IN ('accepted', 'deficiency', 'question')),
    comment   TEXT NOT NULL,
    PRIMARY KEY (review_id, urn)
);
