-- Schema 7 (SQLite). Keep in step with ../postgresql/007_serials_unique.sql.
-- One 报名流水号, one record: the number on a candidate's slip must find that candidate's record
-- and no other. Blocks never overlap, so only a point that gave a number twice (a store put back
-- from an older copy hands out numbers again) can send two; from now on the second is refused
-- its number (record.serial-taken). Records held already keep the number on the first received.
UPDATE records SET serial = NULL
WHERE serial IS NOT NULL AND EXISTS (
    SELECT 1 FROM records earlier
    WHERE earlier.serial = records.serial
      AND (earlier.received_at < records.received_at
           OR (earlier.received_at = records.received_at AND earlier.record_id < records.record_id)));
DROP INDEX records_by_serial;
CREATE UNIQUE INDEX records_by_serial ON records (serial);
