-- Schema 8 (issue 12): the province's config bundles and this point's 报名流水号.

-- Each config bundle kept, as the province signed it (checked before it was stored). The newest
-- version is the one in force; an older version than the newest is never kept.
CREATE TABLE config_bundles (
    version     INTEGER PRIMARY KEY,
    signed      TEXT NOT NULL,
    received_at TEXT NOT NULL
);

-- Blocks of 报名流水号 the province reserved for this point (signed, checked before stored).
-- used: how many of the block's numbers were given, from its first on.
CREATE TABLE serial_blocks (
    block_id    TEXT PRIMARY KEY,
    first       TEXT NOT NULL,
    last        TEXT NOT NULL,
    used        INTEGER NOT NULL DEFAULT 0 CHECK (used >= 0),
    signed      TEXT NOT NULL,
    received_at TEXT NOT NULL
);

-- A block asked for and not yet received: the same request id is asked again until it is, so
-- a lost answer never makes the province reserve a second block.
CREATE TABLE serial_requests (
    request  TEXT PRIMARY KEY,
    asked_at TEXT NOT NULL
);

-- The number each record was given. UNIQUE: a number is never given twice.
CREATE TABLE record_serials (
    record_id   TEXT PRIMARY KEY REFERENCES records (id),
    serial      TEXT NOT NULL UNIQUE,
    assigned_at TEXT NOT NULL
);
