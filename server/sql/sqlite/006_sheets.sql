-- Schema 6 (SQLite). Keep in step with ../postgresql/006_sheets.sql.
-- A frozen form's place in the province's sequence of frozen forms, so a point asks for "the
-- forms frozen after N" (GET /v1/forms); given when the form is frozen, in freezing order.
ALTER TABLE forms ADD COLUMN seq BIGINT;
CREATE UNIQUE INDEX forms_by_seq ON forms (point_code, seq);
INSERT INTO counters (name, value) VALUES ('form', 0);
-- What the desk did with each printed sheet (POST /v1/confirmations): signed, or a correction asked
-- for with its reason. A point may send one twice (a lost answer): kept once.
CREATE TABLE sheet_confirmations (
    record_id    TEXT NOT NULL,
    confirmed_at TEXT NOT NULL,
    point_code   TEXT NOT NULL,
    serial       TEXT NOT NULL,
    form_sha256  TEXT NOT NULL,
    outcome      TEXT NOT NULL,   -- signed | correction
    reason       TEXT NOT NULL,
    clerk        TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    PRIMARY KEY (record_id, confirmed_at)
);
CREATE INDEX sheet_confirmations_by_serial ON sheet_confirmations (serial, confirmed_at);
