-- RegPoint local store, schema 1.
-- Personal data never appears in a column: it sits in records.identity, AES-256-GCM encrypted
-- under the local data key; records.id_index is an HMAC of the ID number for duplicate checks.

CREATE TABLE operators (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

CREATE TABLE records (
    id           TEXT PRIMARY KEY,                 -- UUID
    version      INTEGER NOT NULL DEFAULT 1,
    supersedes   TEXT REFERENCES records (id),
    state        TEXT NOT NULL,
    entry_method TEXT NOT NULL CHECK (entry_method IN ('manual', 'card')),
    id_index     BLOB NOT NULL,
    identity     BLOB NOT NULL,
    created_at   TEXT NOT NULL,                    -- ISO 8601 with offset
    updated_at   TEXT NOT NULL,
    created_by   INTEGER NOT NULL REFERENCES operators (id)
);
CREATE INDEX records_id_index ON records (id_index);
CREATE INDEX records_created_at ON records (created_at);

-- Every state change, in order; the audit log (issue 5) builds on it.
CREATE TABLE record_events (
    id          INTEGER PRIMARY KEY,
    record_id   TEXT NOT NULL REFERENCES records (id),
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    operator_id INTEGER NOT NULL REFERENCES operators (id),
    at          TEXT NOT NULL
);
CREATE INDEX record_events_record ON record_events (record_id);
