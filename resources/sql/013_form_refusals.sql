-- Schema 13 (issue 13): forms the province signed that this point cannot accept (a record it does
-- not hold, another number). Set aside by their number so the forms after them still come; the
-- number is trusted because the province's signature on it was checked.
CREATE TABLE form_refusals (
    seq         INTEGER PRIMARY KEY,
    record_id   TEXT NOT NULL,
    code        TEXT NOT NULL,          -- why: form.unknown-record, form.other-serial
    received_at TEXT NOT NULL
);
