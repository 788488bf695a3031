-- regpoint-intake schema 1 (PostgreSQL). Keep in step with ../sqlite/001_initial.sql.
CREATE TABLE points (
    code TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,          -- hex SHA-256 of the enrolled certificate (DER)
    certificate TEXT NOT NULL,          -- PEM
    enrolled_at TEXT NOT NULL,
    head_seq BIGINT,                   -- newest audit head this point sent
    head_hash TEXT
);
CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters (name, value) VALUES ('receipt', 0), ('serial', 0);
CREATE TABLE batches (
    batch TEXT PRIMARY KEY,
    point_code TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    via TEXT NOT NULL                   -- network or usb
);
CREATE TABLE batch_records (
    batch TEXT NOT NULL REFERENCES batches (batch),
    record_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size BIGINT NOT NULL,
    decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (batch, record_id)
);
-- One row per record id, ever: the unique key is what makes a concurrent second upload of the
-- same id a duplicate or a conflict instead of a second row.
CREATE TABLE records (
    record_id TEXT PRIMARY KEY,
    point_code TEXT NOT NULL,
    batch TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size BIGINT NOT NULL,
    decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    envelope BYTEA NOT NULL,
    received_at TEXT NOT NULL,
    receipt_seq BIGINT NOT NULL        -- the record's current receipt
);
CREATE TABLE receipts (
    seq BIGINT PRIMARY KEY,
    point_code TEXT NOT NULL,
    record_id TEXT NOT NULL,
    about_held BOOLEAN NOT NULL,        -- true: states the held record; false: an upload refused
    state TEXT NOT NULL,
    code TEXT NOT NULL,
    final BOOLEAN NOT NULL,
    receipt TEXT NOT NULL               -- the signed JSON, served as is
);
CREATE INDEX receipts_by_point ON receipts (point_code, seq);
CREATE INDEX receipts_by_record ON receipts (point_code, record_id, seq);
CREATE TABLE serial_blocks (
    request TEXT PRIMARY KEY,
    block_id TEXT NOT NULL UNIQUE,
    point_code TEXT NOT NULL,
    first TEXT NOT NULL,
    last TEXT NOT NULL,
    issued_at TEXT NOT NULL
);
CREATE INDEX serial_blocks_by_point ON serial_blocks (point_code);
