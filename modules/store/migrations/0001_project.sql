-- Migration 1: project metadata and the audit chain.
-- {{id}} and {{blob}} are replaced per database engine (see Migrations.cpp).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE project (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    name           TEXT NOT NULL,
    system_version TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('provider', 'deployer', 'both')),
    created        TEXT NOT NULL
);
CREATE TABLE audit (
    seq       BIGINT PRIMARY KEY,
    time      TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    payload   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
