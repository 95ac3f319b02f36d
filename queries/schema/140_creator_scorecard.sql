-- 140_creator_scorecard: follower history and the engagement definitions of the creator
-- scorecard (issue 14), written once and read by every query in queries/creators/.
--
-- Engagement of a post = likes + comments + shares + saves (the parts the export has; NULL only
-- when it has none of them). The engagement rate is on each platform's own basis:
--   Instagram, Facebook, Threads   engagements / followers (the count nearest the post date)
--   TikTok, YouTube                engagements / views
--   X                              engagements / impressions
-- other platforms have no basis. A post whose basis figure is missing (or 0) has no rate: it is
-- left out of the rate and counted, never treated as 0.

-- One row per account per date a follower count was known. Filled by every accounts upload
-- (gema.creators.record_follower_snapshots, in the load transaction) and by the demo data;
-- account_daily rows add their own counts through the view below.
CREATE TABLE account_followers (
    platform    VARCHAR NOT NULL,
    handle      VARCHAR NOT NULL,              -- lower case, without '@'
    as_of       DATE NOT NULL,                 -- the date the count was true
    followers   BIGINT NOT NULL,
    batch_id    BIGINT NOT NULL                -- the upload that brought it (undo deletes it)
);

-- Accounts loaded before this table existed: their one count, dated by their upload.
INSERT INTO account_followers (platform, handle, as_of, followers, batch_id)
SELECT a.platform, a.handle, CAST(b.imported_at AS DATE), a.followers, a.batch_id
FROM accounts a
JOIN import_batches b ON b.batch_id = a.batch_id
WHERE a.followers IS NOT NULL AND a.followers >= 0;

-- Every known follower count: snapshots plus the daily account overviews (account_daily), and,
-- for an account row that has no snapshot at all (written by a path other than the importer or
-- the demo), its one count dated by its upload (1970-01-01 when even that is unknown, so any
-- dated count is nearer).
-- Grain: one row per account per date per source batch.
CREATE VIEW account_follower_history AS
SELECT platform, handle, as_of, followers, batch_id, 'accounts' AS source
FROM account_followers
UNION ALL
SELECT platform, account AS handle, date AS as_of, followers, batch_id, 'account_daily' AS source
FROM account_daily
WHERE followers IS NOT NULL AND followers >= 0
UNION ALL
SELECT a.platform, a.handle, coalesce(CAST(b.imported_at AS DATE), DATE '1970-01-01'),
       a.followers, a.batch_id, 'accounts' AS source
FROM accounts a
LEFT JOIN import_batches b ON b.batch_id = a.batch_id
WHERE a.followers IS NOT NULL AND a.followers >= 0
  AND NOT EXISTS (SELECT 1 FROM account_followers s
                  WHERE s.platform = a.platform AND s.handle = a.handle);

CREATE OR REPLACE MACRO gema_engagements(likes_, comments_, shares_, saves_) AS
    CASE WHEN likes_ IS NULL AND comments_ IS NULL AND shares_ IS NULL AND saves_ IS NULL
         THEN NULL
         ELSE coalesce(likes_, 0) + coalesce(comments_, 0) + coalesce(shares_, 0)
              + coalesce(saves_, 0) END;

-- 'followers' | 'views' | 'impressions' | NULL (no basis defined for the platform)
CREATE OR REPLACE MACRO gema_er_basis(platform_) AS
    CASE WHEN platform_ IN ('Instagram', 'Facebook', 'Threads') THEN 'followers'
         WHEN platform_ IN ('TikTok', 'YouTube') THEN 'views'
         WHEN platform_ = 'X' THEN 'impressions' END;

-- The rate's denominator of one post; NULL when missing or not positive.
CREATE OR REPLACE MACRO gema_er_denominator(platform_, followers_, views_, impressions_) AS
    CASE gema_er_basis(platform_)
         WHEN 'followers' THEN CASE WHEN followers_ > 0 THEN followers_ END
         WHEN 'views' THEN CASE WHEN views_ > 0 THEN views_ END
         WHEN 'impressions' THEN CASE WHEN impressions_ > 0 THEN impressions_ END END;

-- posts_in (051) plus, per post: engagements, the basis, the follower count nearest the post
-- date (ties: the earlier count) with its date, and the rate's denominator. Two ASOF joins find
-- the last count on or before the post's day and the first on or after it; the nearer one wins.
-- Several counts for one account and day: the latest upload's.
CREATE OR REPLACE MACRO post_er_in(start_, end_, kabkota_, campaign_, platform_) AS TABLE
WITH p AS (
    SELECT * FROM posts_in(start_, end_, kabkota_, campaign_, platform_)
), h AS (
    SELECT platform, handle, as_of, arg_max(followers, batch_id) AS followers
    FROM account_follower_history
    WHERE gema_er_basis(platform) = 'followers'
    GROUP BY platform, handle, as_of
), q AS (
    SELECT post_key, platform, account, CAST(published_at AS DATE) AS day
    FROM p
    WHERE gema_er_basis(platform) = 'followers' AND account IS NOT NULL
), nearest AS (
    SELECT q.post_key,
           CASE WHEN b.as_of IS NULL THEN a.followers
                WHEN a.as_of IS NULL THEN b.followers
                WHEN q.day - b.as_of <= a.as_of - q.day THEN b.followers
                ELSE a.followers END AS followers,
           CASE WHEN b.as_of IS NULL THEN a.as_of
                WHEN a.as_of IS NULL THEN b.as_of
                WHEN q.day - b.as_of <= a.as_of - q.day THEN b.as_of
                ELSE a.as_of END AS followers_as_of
    FROM q
    ASOF LEFT JOIN h b ON b.platform = q.platform AND b.handle = q.account AND b.as_of <= q.day
    ASOF LEFT JOIN h a ON a.platform = q.platform AND a.handle = q.account AND a.as_of >= q.day
)
SELECT p.*,
       gema_engagements(p.likes, p.comments, p.shares, p.saves) AS engagements,
       gema_er_basis(p.platform) AS er_basis,
       n.followers AS followers_at_post,
       n.followers_as_of,
       gema_er_denominator(p.platform, n.followers, p.views, p.impressions) AS er_denominator
FROM p
LEFT JOIN nearest n ON n.post_key = p.post_key;

-- The voice a post speaks with: 'icn' (ICN Banten creators, whatever else the sheet says),
-- 'opd', 'media' or 'lainnya' (other or unknown accounts).
CREATE OR REPLACE MACRO gema_source(is_icn_, account_type_) AS
    CASE WHEN coalesce(is_icn_, false) OR account_type_ = 'icn' THEN 'icn'
         WHEN account_type_ IN ('opd', 'media') THEN account_type_
         ELSE 'lainnya' END;

-- One row per account (platform, handle): the latest upload's description of it.
CREATE VIEW account_info AS
SELECT platform,
       handle,
       arg_max(display_name, batch_id) AS display_name,
       arg_max(account_type, batch_id) AS account_type,
       bool_or(is_icn) AS is_icn,
       arg_max(kabkota, batch_id) AS home_kabkota,
       gema_source(bool_or(is_icn), arg_max(account_type, batch_id)) AS source
FROM accounts
GROUP BY platform, handle;
