-- Schema 3 (PostgreSQL). Keep in step with ../sqlite/003_envelope_storage.sql.
-- Envelopes are ciphertext in base64 JSON: TOAST's compression spends CPU on every insert and
-- gains little. Stored out of line, uncompressed (rows written from now on).
ALTER TABLE records ALTER COLUMN envelope SET STORAGE EXTERNAL;
