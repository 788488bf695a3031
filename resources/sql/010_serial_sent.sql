-- Schema 10 (issue 12): the 报名流水号 the province's newest receipt states for a record. A
-- record the point completed with no number left may be accepted before it gets one; it is
-- announced again until a receipt states the number it was given.
ALTER TABLE sync_status ADD COLUMN serial_sent TEXT;
