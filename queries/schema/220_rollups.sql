-- 220_rollups: incremental roll-ups of posts and feedback for the dashboards at provincial scale
-- (issue 17). Every write that changes posts or feedback labels (load, undo, staff correction,
-- computed labels, FGD entry, demo) recomputes the roll-up rows of the days it touched, in the
-- same transaction (gema.core.rollups); page queries read the roll-ups through the table macros
-- posts_rollup_in / feedback_rollup_in (queries/staging/rollup.sql) where they answer exactly.
--
-- Only raw sums are stored, no formula: a formula macro (gema_views, gema_engagements_or_0) is
-- applied to the summed columns when read. That is exact because each roll-up row is keyed by
-- the flags that decide the formula per post: reach_pos (reach > 0, the engagement-rate basis),
-- has_cost (cost reported) and has_impressions (views = impressions where reported). Grouped
-- this way, the sum of gema_engagements_or_0 over posts equals gema_engagements_or_0 of the
-- summed counts, and a group's reach sum is > 0 exactly when its posts report reach.
-- No key constraint on purpose (DuckLake has none); tests/test_rollup.py checks that the
-- roll-ups always equal these macros over the base tables. A row deleted or a label changed
-- by hand-written SQL (outside gema's write paths) is not seen: run `rollups.rebuild` then.

-- One row per day x kab/kota x platform x account x campaign x (reach_pos, has_cost,
-- has_impressions) with at least one post. Sums are NULL where no post of the group reports
-- the column (as sum() over the posts would be); a group's sum fits BIGINT (a day's counts of
-- one account), a page's sum over groups is HUGEINT as over posts.
CREATE TABLE rollup_posts (
    day             DATE NOT NULL,
    kabkota         VARCHAR,
    platform        VARCHAR,
    account         VARCHAR,
    campaign        VARCHAR,
    reach_pos       BOOLEAN NOT NULL,
    has_cost        BOOLEAN NOT NULL,
    has_impressions BOOLEAN NOT NULL,
    posts           BIGINT NOT NULL,
    reach           BIGINT,
    views           BIGINT,
    impressions     BIGINT,
    likes           BIGINT,
    comments        BIGINT,
    shares          BIGINT,
    saves           BIGINT,
    cost            BIGINT
);

-- One row per day x kab/kota x channel x topic x sentiment (labels with staff corrections
-- applied, as feedback_effective) with at least one feedback row; rated/rating_sum: the rows
-- with a star rating and the sum of their ratings.
CREATE TABLE rollup_feedback (
    day        DATE NOT NULL,
    kabkota    VARCHAR,
    channel    VARCHAR,
    topic      VARCHAR,
    sentiment  VARCHAR,
    feedback   BIGINT NOT NULL,
    rated      BIGINT NOT NULL,
    rating_sum DOUBLE
);

-- The roll-up rows of the posts published in [lo_, hi_) (dates or timestamps at midnight).
CREATE OR REPLACE MACRO rollup_posts_rows(lo_, hi_) AS TABLE
    SELECT CAST(published_at AS DATE) AS day,
           kabkota,
           platform,
           account,
           campaign,
           coalesce(reach > 0, false) AS reach_pos,
           cost IS NOT NULL AS has_cost,
           impressions IS NOT NULL AS has_impressions,
           count(*) AS posts,
           CAST(sum(reach) AS BIGINT) AS reach,
           CAST(sum(views) AS BIGINT) AS views,
           CAST(sum(impressions) AS BIGINT) AS impressions,
           CAST(sum(likes) AS BIGINT) AS likes,
           CAST(sum(comments) AS BIGINT) AS comments,
           CAST(sum(shares) AS BIGINT) AS shares,
           CAST(sum(saves) AS BIGINT) AS saves,
           CAST(sum(cost) AS BIGINT) AS cost
    FROM posts
    WHERE published_at >= lo_ AND published_at < hi_
    GROUP BY ALL;

-- The roll-up rows of the feedback received in [lo_, hi_), labels as the dashboards read them.
CREATE OR REPLACE MACRO rollup_feedback_rows(lo_, hi_) AS TABLE
    SELECT CAST(f.received_at AS DATE) AS day,
           f.kabkota,
           f.channel,
           f.topic,
           f.sentiment,
           count(*) AS feedback,
           count(r.rating) AS rated,
           sum(r.rating) AS rating_sum
    FROM feedback_effective f
    JOIN feedback r ON r.feedback_key = f.feedback_key
    WHERE f.received_at >= lo_ AND f.received_at < hi_
      AND r.received_at >= lo_ AND r.received_at < hi_
    GROUP BY ALL;

-- The content table's candidates: per day the 100 posts with the largest reach (ties: later
-- first, then the larger key), with the columns the table shows. The period's top 100 of all
-- posts is the top 100 of these (a post in it is in its own day's top 100), so Jangkauan's
-- content table without kab/kota, campaign or platform filters reads 100 rows per day instead
-- of every post of the period, and never goes back to posts.
CREATE TABLE rollup_top_posts (
    day          DATE NOT NULL,
    post_key     BIGINT NOT NULL,
    published_at TIMESTAMP NOT NULL,
    platform     VARCHAR,
    account      VARCHAR,
    campaign     VARCHAR,
    kabkota      VARCHAR,
    title        VARCHAR,
    url          VARCHAR,
    reach        BIGINT,
    impressions  BIGINT,
    views        BIGINT,
    likes        BIGINT,
    comments     BIGINT,
    shares       BIGINT,
    saves        BIGINT,
    cost         BIGINT
);

CREATE OR REPLACE MACRO rollup_top_posts_rows(lo_, hi_) AS TABLE
    SELECT day, post_key, published_at, platform, account, campaign, kabkota, title, url, reach,
           impressions, views, likes, comments, shares, saves, cost
    FROM (
        SELECT CAST(published_at AS DATE) AS day, *,
               row_number() OVER (PARTITION BY CAST(published_at AS DATE)
                                  ORDER BY reach DESC NULLS LAST, published_at DESC,
                                           post_key DESC) AS rank_in_day
        FROM posts
        WHERE published_at >= lo_ AND published_at < hi_
    )
    WHERE rank_in_day <= 100;

-- One row per day x kab/kota x channel x follow-up status (as feedback_effective: corrections
-- applied) with at least one feedback row: the follow-up summary depends on nothing else (the
-- working days since the day of receipt, the deadline of the status).
CREATE TABLE rollup_followup (
    day      DATE NOT NULL,
    kabkota  VARCHAR,
    channel  VARCHAR,
    status   VARCHAR,
    feedback BIGINT NOT NULL
);

CREATE OR REPLACE MACRO rollup_followup_rows(lo_, hi_) AS TABLE
    SELECT CAST(received_at AS DATE) AS day, kabkota, channel, status, count(*) AS feedback
    FROM feedback_effective
    WHERE received_at >= lo_ AND received_at < hi_
    GROUP BY ALL;

-- How far the roll-ups reach: every posts/feedback row with a key <= watermark is in them; rows
-- above it (written by a path that does not maintain the roll-ups, such as a bulk INSERT, until
-- the next maintained write absorbs them) are read from the base table by the staging macros,
-- so figures stay exact either way. Keys come from sequences, so new rows land above it.
CREATE TABLE rollup_state (
    tbl       VARCHAR NOT NULL,  -- 'posts' | 'feedback'
    watermark BIGINT NOT NULL
);

-- A store that already holds data gets its roll-ups once, here (in day order: the page
-- queries' period filter then skips whole row groups).
INSERT INTO rollup_posts
SELECT * FROM rollup_posts_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31') ORDER BY day;
INSERT INTO rollup_feedback
SELECT * FROM rollup_feedback_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31') ORDER BY day;
INSERT INTO rollup_followup
SELECT * FROM rollup_followup_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31') ORDER BY day;
INSERT INTO rollup_top_posts
SELECT * FROM rollup_top_posts_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31') ORDER BY day;
INSERT INTO rollup_state
SELECT 'posts', coalesce(max(post_key), 0) FROM posts
UNION ALL
SELECT 'feedback', coalesce(max(feedback_key), 0) FROM feedback;
