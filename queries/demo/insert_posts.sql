-- purpose: load the generated demo posts from the registered frame demo_posts
-- grain:   one row per post
-- params:  $batch_id
INSERT INTO posts (platform, account, campaign, published_at, kabkota, post_id, url, title, views,
                   impressions, reach, likes, comments, shares, saves, cost, batch_id)
SELECT platform, account, CAST(campaign AS VARCHAR), CAST(published_at AS TIMESTAMP),
       CAST(kabkota AS VARCHAR), post_id, url, title, CAST(views AS BIGINT),
       CAST(impressions AS BIGINT), CAST(reach AS BIGINT), CAST(likes AS BIGINT),
       CAST(comments AS BIGINT), CAST(shares AS BIGINT), CAST(saves AS BIGINT),
       CAST(cost AS BIGINT), $batch_id
FROM demo_posts;
