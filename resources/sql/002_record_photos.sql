-- Schema 2: the candidate's photo, encrypted under the local data key like the identity.
-- One current photo per record; a retake replaces it. override_reason is set when a supervisor
-- accepted a photo that failed a check (issue 4), and says why.
CREATE TABLE record_photos (
    record_id       TEXT PRIMARY KEY REFERENCES records (id),
    photo           BLOB NOT NULL,
    attached_at     TEXT NOT NULL,
    attached_by     INTEGER NOT NULL REFERENCES operators (id),
    override_reason TEXT
);
