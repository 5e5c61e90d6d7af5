-- Migration 2: the content-addressed, chunked blob store.
-- A blob row is written first with sha256 NULL; its chunks follow; the hash is set when the last chunk is in.
CREATE TABLE blobs (
    id          {{id}},
    sha256      TEXT UNIQUE,
    size        BIGINT NOT NULL,
    chunk_size  INTEGER NOT NULL,
    chunk_count INTEGER NOT NULL,
    created     TEXT NOT NULL
);
CREATE TABLE blob_chunks (
    blob_id BIGINT NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    data    {{blob}} NOT NULL,
    PRIMARY KEY (blob_id, idx)
);
