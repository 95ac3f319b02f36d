-- 110_account_daily: account-level daily overviews (TikTok Studio "Overview", YouTube Studio
-- channel totals per day, Meta Business Suite page/profile insights per day).
-- Grain: one row per platform × account × date per batch. Loaded by the `account_daily` import
-- kind; read by Jangkauan (daily account trend) and the creator scorecard (follower jumps).
-- Metrics are NULL when the export did not have them (never 0 as a stand-in for unknown).
CREATE TABLE account_daily (
    date              DATE NOT NULL,
    platform          VARCHAR NOT NULL,
    account           VARCHAR NOT NULL,          -- handle, lower case, without '@'
    kabkota           VARCHAR,                   -- home kab/kota when given; NULL = unknown
    followers         BIGINT,                    -- follower count at the end of the day
    followers_gained  BIGINT,                    -- net followers gained that day
    views             BIGINT,
    profile_views     BIGINT,
    reach             BIGINT,
    impressions       BIGINT,
    likes             BIGINT,
    comments          BIGINT,
    shares            BIGINT,
    batch_id          BIGINT NOT NULL,
    extra             JSON
);
