-- staging/rollup: the dashboards' filtered reads of the roll-ups (migration 220), written once.
-- purpose: posts_rollup_in / feedback_rollup_in / followup_rollup_in: posts_in / feedback_in
--          (051) at day grain over the roll-ups, post formulas applied to the summed counts
-- grain:   one row per roll-up row (see migration 220 for each table's key)
-- params:  start_ end_ (timestamps at midnight, as Filters.params() gives; cast to DATE so
--          the filter skips row groups), then the lists as posts_in / feedback_in
-- A sum over these rows equals the same sum over posts_in/feedback_in rows: count(*) becomes
-- sum(posts) / sum(feedback), sum(x) stays sum(x), gema_active_accounts and the ER macros work
-- on them unchanged (migration 220 explains why). Rows above the watermark (rollup_state,
-- 220: written around the upkeep, e.g. by a bulk INSERT) are added from the base tables as
-- one-row groups, so the figures are exact before the next refresh absorbs them.
-- tests/test_rollup.py checks both.
-- Applied by gema.core.store.migrate on every writable connect (CREATE OR REPLACE).
CREATE OR REPLACE MACRO posts_rollup_in(start_, end_, kabkota_, campaign_, platform_) AS TABLE
    SELECT day,
           kabkota,
           platform,
           account,
           campaign,
           posts,
           reach,
           gema_views(impressions, views) AS views,
           gema_engagements_or_0(likes, comments, shares, saves) AS engagements,
           cost
    FROM rollup_posts
    WHERE day >= CAST(start_ AS DATE) AND day < CAST(end_ AS DATE)
      AND gema_allows(kabkota_, kabkota)
      AND gema_allows(campaign_, campaign)
      AND gema_allows(platform_, platform)
    UNION ALL
    -- rows above the watermark (not yet rolled up), one roll-up row per post
    SELECT CAST(published_at AS DATE),
           kabkota,
           platform,
           account,
           campaign,
           1,
           reach,
           gema_views(impressions, views),
           gema_engagements_or_0(likes, comments, shares, saves),
           cost
    FROM posts_in(start_, end_, kabkota_, campaign_, platform_)
    WHERE post_key > (SELECT watermark FROM rollup_state WHERE tbl = 'posts');

CREATE OR REPLACE MACRO feedback_rollup_in(start_, end_, kabkota_, channel_) AS TABLE
    SELECT day, kabkota, channel, topic, sentiment, feedback, rated, rating_sum
    FROM rollup_feedback
    WHERE day >= CAST(start_ AS DATE) AND day < CAST(end_ AS DATE)
      AND gema_allows(kabkota_, kabkota)
      AND gema_allows(channel_, channel)
    UNION ALL
    -- rows above the watermark (not yet rolled up), one roll-up row per feedback row
    SELECT CAST(e.received_at AS DATE), e.kabkota, e.channel, e.topic, e.sentiment, 1,
           CAST(f.rating IS NOT NULL AS BIGINT), f.rating
    FROM feedback_in(start_, end_, kabkota_, channel_) e
    JOIN feedback f ON f.feedback_key = e.feedback_key
    WHERE e.feedback_key > (SELECT watermark FROM rollup_state WHERE tbl = 'feedback')
      AND f.feedback_key > (SELECT watermark FROM rollup_state WHERE tbl = 'feedback');

-- feedback_in's (day, kab/kota, channel, status) counts from the follow-up roll-up, rows above
-- the watermark added one by one as in feedback_rollup_in.
CREATE OR REPLACE MACRO followup_rollup_in(start_, end_, kabkota_, channel_) AS TABLE
    SELECT day, kabkota, channel, status, feedback
    FROM rollup_followup
    WHERE day >= CAST(start_ AS DATE) AND day < CAST(end_ AS DATE)
      AND gema_allows(kabkota_, kabkota)
      AND gema_allows(channel_, channel)
    UNION ALL
    SELECT CAST(received_at AS DATE), kabkota, channel, status, 1
    FROM feedback_in(start_, end_, kabkota_, channel_)
    WHERE feedback_key > (SELECT watermark FROM rollup_state WHERE tbl = 'feedback');

-- account_posts_in (staging/posts.sql) from the roll-up: per posting account under the filters.
CREATE OR REPLACE MACRO account_rollup_in(start_, end_, kabkota_, campaign_, platform_) AS TABLE
    SELECT platform,
           account,
           CAST(sum(posts) AS BIGINT) AS posts,
           coalesce(sum(reach), 0) AS reach,
           sum(engagements) AS engagements,
           gema_reach_er_numerator(engagements, reach) AS er_numerator,
           gema_reach_er_denominator(reach) AS er_denominator
    FROM posts_rollup_in(start_, end_, kabkota_, campaign_, platform_)
    WHERE account IS NOT NULL
    GROUP BY platform, account;
