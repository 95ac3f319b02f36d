-- purpose: insert the valid, non-duplicate staged account-day rows of one upload; a day given without a year takes the file's year
-- grain: one account_daily row per staged row of TEMP view ingest_valid
-- params: $batch_id
INSERT INTO account_daily (date, platform, account, kabkota, followers, followers_gained, views,
                           profile_views, reach, impressions, likes, comments, shares, batch_id,
                           extra)
SELECT gema_day_resolve("date", "year"), platform, account, kabkota, followers, followers_gained,
       views, profile_views, reach, impressions, likes, comments, shares, $batch_id, extra
FROM ingest_valid;
