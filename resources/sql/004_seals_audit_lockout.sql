-- Schema 4 (issue 5): sealed envelopes, the hash-chained audit log, login lockout.

-- The envelope for the province, written once in the transaction that moves the record to
-- 'sealed'. It holds no personal data in clear (encrypted to the province key).
CREATE TABLE sealed_records (
    record_id       TEXT PRIMARY KEY REFERENCES records (id),
    envelope        BLOB NOT NULL,
    machine_key_id  TEXT NOT NULL,
    province_key_id TEXT NOT NULL,
    sealed_at       TEXT NOT NULL
);
CREATE TRIGGER sealed_records_immutable BEFORE UPDATE ON sealed_records
BEGIN
    SELECT RAISE(ABORT, 'sealed records are immutable');
END;

-- Every attributable action, in order. hash = SHA-256(prev_hash || canonical JSON of the other
-- columns); the day's last hash is signed with the machine key (audit_heads). No personal data:
-- record ids, operator ids and codes only.
CREATE TABLE audit_events (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    operator_id INTEGER,
    role        TEXT,
    point_code  TEXT NOT NULL,
    record_id   TEXT,
    action      TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE audit_heads (
    day         TEXT PRIMARY KEY,             -- local date the head closes
    seq         INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    signature   TEXT NOT NULL,                -- base64 ECDSA over "regpoint-audit-head/1|day|seq|hash"
    certificate TEXT NOT NULL,                -- the machine certificate (PEM) that signed
    signed_at   TEXT NOT NULL
);

-- Lockout: consecutive failed logins, when the current wait ends, how many waits so far (the
-- wait doubles with each).
ALTER TABLE operators ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE operators ADD COLUMN locked_until TEXT;
ALTER TABLE operators ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
