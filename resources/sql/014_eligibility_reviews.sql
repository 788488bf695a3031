-- Schema 14 (issue 14): the eligibility review (资格审查) of a record, before its photo. Every
-- review stays (a refused candidate may come back with the missing document); the newest is the
-- record's. What was seen and why a candidate was refused is encrypted like the identity: a
-- reviewer's note may name people.
CREATE TABLE record_reviews (
    seq          INTEGER PRIMARY KEY,
    record_id    TEXT NOT NULL REFERENCES records(id),
    outcome      TEXT NOT NULL CHECK (outcome IN ('eligible', 'refused')),
    review       BLOB NOT NULL,          -- LocalVault, bound to "<record id>/review"
    reviewed_by  INTEGER NOT NULL,
    reviewed_at  TEXT NOT NULL
);
CREATE INDEX record_reviews_of_record ON record_reviews (record_id, seq);
