-- Schema 11 (issue 13): the candidates' frozen forms as the province served them (signed, for
-- this point), and what the desk did with each printed registration sheet.
CREATE TABLE frozen_forms (
    record_id    TEXT PRIMARY KEY REFERENCES records (id),
    seq          INTEGER NOT NULL UNIQUE,   -- the province's number; the next fetch asks after the highest
    content_hash TEXT NOT NULL,             -- SHA-256 of the frozen form, as the sheet's QR code carries it
    sealed       BLOB NOT NULL,             -- the signed form as served, encrypted under the local key
    received_at  TEXT NOT NULL
);
CREATE TABLE sheet_confirmations (
    record_id     TEXT NOT NULL REFERENCES records (id),
    confirmed_at  TEXT NOT NULL,            -- UTC to the second, as it travels
    outcome       TEXT NOT NULL CHECK (outcome IN ('signed', 'correction')),
    sealed_reason BLOB,                     -- a correction's reason, encrypted (it may name a person)
    form_hash     TEXT NOT NULL,
    clerk         TEXT NOT NULL,
    answered_at   TEXT,                     -- the province answered: kept, or refused with answer_code
    answer_code   TEXT,
    PRIMARY KEY (record_id, confirmed_at)
);
