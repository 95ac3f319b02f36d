-- purpose: record the stored account-day rows that this upload's duplicate rows match, against
--          this upload (so undoing the earlier upload keeps them: see keep_claimed_account_daily)
-- grain: one batch_claims row per stored account-day matched by a staged duplicate row; the row
--        key is a hash of the natural key (platform, account, day): account_daily has no key column
-- params: $batch_id (reads TEMP tables ingest_stage, ingest_dup)
INSERT INTO batch_claims (batch_id, tbl, row_key)
SELECT DISTINCT $batch_id, 'account_daily',
       (hash(a.platform, a.account, a.date) % 9223372036854775807)::BIGINT
FROM ingest_stage s
JOIN account_daily a
  ON a.platform = s.platform
 AND a.account = s.account
 AND a.date = gema_day_resolve(s."date", s."year")
WHERE s._row IN (SELECT _row FROM ingest_dup);
