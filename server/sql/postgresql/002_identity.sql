-- The identity check (schema 2, PostgreSQL). Keep in step with ../sqlite/002_identity.sql.
-- identity_state: NULL not checked yet; checked; unopenable (wrong province key, damaged);
-- skipped (rejected at the point: it registers nobody).
ALTER TABLE records ADD COLUMN identity_state TEXT;
-- One row per ID number (HMAC-SHA256 under a key derived from the province key): the record
-- that holds it. The primary key settles two checkers racing for one number.
CREATE TABLE identity_index (
    id_hmac TEXT PRIMARY KEY,
    record_id TEXT NOT NULL
);
