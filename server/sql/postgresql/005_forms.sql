-- Schema 5 (PostgreSQL). Keep in step with ../sqlite/005_forms.sql.
-- Each candidate's online form, imported from the province's registration system, keyed by the
-- 报名流水号 of the record it completes; frozen (never changed again) when registration closes.
CREATE TABLE forms (
    serial      TEXT PRIMARY KEY,
    record_id   TEXT NOT NULL,
    point_code  TEXT NOT NULL,
    form        TEXT NOT NULL,   -- canonical JSON, without frozenAt until frozen
    sha256      TEXT NOT NULL,   -- of `form`
    imported_at TEXT NOT NULL,
    frozen_at   TEXT
);
CREATE INDEX forms_by_point ON forms (point_code, serial);
