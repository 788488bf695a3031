-- Schema 12 (issue 13): every registration sheet sent to the printer, its PDF kept encrypted with
-- its SHA-256, so the point can show what a candidate signed, and count the copies ("第 N 次打印").
CREATE TABLE sheet_prints (
    id          INTEGER PRIMARY KEY,
    record_id   TEXT NOT NULL REFERENCES records (id),
    copy        INTEGER NOT NULL,           -- 1 for the first; the page says 第 N 次打印 from 2 on
    reason      TEXT NOT NULL,              -- first | jam | damaged | lost | correction | batch | usb
    form_hash   TEXT NOT NULL,              -- the frozen form it was printed from
    pdf_sha256  TEXT NOT NULL,
    sealed_pdf  BLOB NOT NULL,              -- the PDF, encrypted under the local key
    printed_at  TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators (id),
    outcome     TEXT,                       -- ok | failed | timed_out | cancelled | exported; NULL while queued
    job_id      INTEGER,
    UNIQUE (record_id, copy)
);
