-- Schema 7 (issue 12): what the province has said about each sealed record, the supervisor's
-- day-end decisions, and record events the system makes on nobody's behalf.

-- A sync result moves a record's state with nobody logged in: operator_id may now be NULL (the
-- system). SQLite cannot drop NOT NULL in place, so the table is rebuilt with its rows.
CREATE TABLE record_events_new (
    id          INTEGER PRIMARY KEY,
    record_id   TEXT NOT NULL REFERENCES records (id),
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators (id),
    at          TEXT NOT NULL
);
INSERT INTO record_events_new SELECT id, record_id, from_state, to_state, operator_id, at FROM record_events;
DROP TABLE record_events;
ALTER TABLE record_events_new RENAME TO record_events;
CREATE INDEX record_events_record ON record_events (record_id);

-- One row per sealed record once it is first queued. sha256/size are the envelope's, as the
-- manifest announces them. last_error is a code (never personal data). receipt is the newest
-- receipt the province signed for it (checked before it was stored); final: the province will
-- not change its answer, so the working copy may be purged after the retention period.
-- decision_sent: the supervisor's decision as the province last recorded it (a later decision is
-- announced again).
CREATE TABLE sync_status (
    record_id       TEXT PRIMARY KEY REFERENCES records (id),
    sha256          TEXT NOT NULL,
    size            INTEGER NOT NULL,
    batch           TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_error      TEXT,
    code            TEXT,
    final           INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0, 1)),
    receipt         TEXT,
    receipt_seq     INTEGER,
    decision_sent   TEXT,
    exported_at     TEXT,
    purged_at       TEXT
);

-- The supervisor's day-end decision on a record; it travels with the record.
CREATE TABLE record_decisions (
    record_id  TEXT PRIMARY KEY REFERENCES records (id),
    decision   TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
    reason     TEXT NOT NULL DEFAULT '',
    decided_by INTEGER NOT NULL REFERENCES operators (id),
    decided_at TEXT NOT NULL,
    CHECK (decision = 'approved' OR length(reason) > 0)
);
