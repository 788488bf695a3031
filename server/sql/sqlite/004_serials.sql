-- Schema 4 (SQLite). Keep in step with ../postgresql/004_serials.sql.
-- The 报名流水号 a point gave each record, from one of its blocks (checked when the manifest
-- arrives): how the province finds a record by the number on the candidate's slip.
ALTER TABLE batch_records ADD COLUMN serial TEXT;
ALTER TABLE records ADD COLUMN serial TEXT;
CREATE INDEX records_by_serial ON records (serial);
