-- Schema 15 (issue 14): the start of each working day. The day opens on a readiness check that
-- passed, or on a supervisor's recorded reason for opening it anyway. The reason is free text and
-- may name people: it is encrypted. The day.open audit event names its row and carries the
-- SHA-256 of every field of it, so a row changed later no longer matches the signed chain, and a
-- row added by hand is never the one read.
CREATE TABLE day_openings (
    seq          INTEGER PRIMARY KEY,
    day          TEXT NOT NULL,          -- local date, yyyy-MM-dd
    opened_at    TEXT NOT NULL,
    opened_by    INTEGER NOT NULL,
    approved_by  INTEGER,                -- the supervisor who accepted failed checks; NULL if none failed
    failed       TEXT NOT NULL,          -- codes of the checks that failed, comma-separated
    warnings     TEXT NOT NULL,          -- codes of the checks that warned
    reason       BLOB                    -- LocalVault, bound to "day/<day>/reason/<approved_by>"; NULL if none failed
);
CREATE TRIGGER day_openings_append_only_update BEFORE UPDATE ON day_openings
BEGIN
    SELECT RAISE(ABORT, 'day openings are append-only');
END;
CREATE TRIGGER day_openings_append_only_delete BEFORE DELETE ON day_openings
BEGIN
    SELECT RAISE(ABORT, 'day openings are append-only');
END;
