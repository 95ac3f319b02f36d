-- purpose: insert the valid, non-duplicate staged posts of one upload
-- grain: one posts row per staged row of TEMP view ingest_valid
-- params: $batch_id
INSERT INTO posts (platform, account, campaign, published_at, kabkota, post_id, url, title,
                   views, impressions, reach, likes, comments, shares, saves, cost, batch_id, extra)
SELECT platform, account, campaign, published_at, kabkota, post_id, url, title,
       views, impressions, reach, likes, comments, shares, saves, cost, $batch_id, extra
FROM ingest_valid;
