-- Schema 6 (issue 10): a cut-proof audit chain, a store that knows its own key, one original
-- record per ID number even with two writers.

-- The chain's running head, re-signed with the machine key in the transaction of every event:
-- events deleted after it, or the head itself deleted, no longer match a signature only the
-- machine key can make.
CREATE TABLE audit_tip (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    seq         INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    signature   TEXT NOT NULL,                -- base64 ECDSA over "regpoint-audit-tip/1|seq|hash"
    certificate TEXT NOT NULL                 -- the machine certificate (PEM) that signed
);

-- Check values of the keys this store was written under: HMAC-SHA256(key, label), so a wrong
-- key file is refused before anything is written under it.
CREATE TABLE key_checks (
    name        TEXT PRIMARY KEY,
    check_value TEXT NOT NULL
);

-- Two registrations of one ID number that raced past the application's check before this
-- schema: the later ones are marked, not lost, and the rule below holds from now on.
ALTER TABLE records ADD COLUMN duplicate_of TEXT REFERENCES records (id);
UPDATE records SET duplicate_of = (
    SELECT first.id FROM records first
    WHERE first.id_index = records.id_index AND first.supersedes IS NULL AND first.rowid < records.rowid
    ORDER BY first.rowid LIMIT 1)
WHERE supersedes IS NULL AND EXISTS (
    SELECT 1 FROM records first
    WHERE first.id_index = records.id_index AND first.supersedes IS NULL AND first.rowid < records.rowid);
CREATE UNIQUE INDEX records_one_per_id_number ON records (id_index)
    WHERE supersedes IS NULL AND duplicate_of IS NULL;
