-- Schema 9 (issue 12): when the province's answer became final, where a record's retention
-- period starts (the config bundle's retentionDays); after it, the working copy is purged.
-- Records already final count from this upgrade.
ALTER TABLE sync_status ADD COLUMN final_at TEXT;
UPDATE sync_status SET final_at = strftime('%Y-%m-%dT%H:%M:%f', 'now') || '+00:00' WHERE final = 1;
