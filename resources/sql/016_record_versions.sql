-- Schema 16 (issue 14): typed details corrected before sealing are a new version of the record
-- that supersedes the earlier one. A version has at most one successor, so two desks correcting
-- one record at once cannot both win; the index refuses the second.
CREATE UNIQUE INDEX IF NOT EXISTS records_one_successor ON records (supersedes) WHERE supersedes IS NOT NULL;
