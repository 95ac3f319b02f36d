-- Migration 240: the content-table candidates (rollup_top_posts, migration 220) found with a
-- top-100 aggregate per day instead of numbering every post of the range in a window.
--
-- Why: each load and undo recomputes the candidates of the days it touched inside its
-- transaction; the window sorted all their posts (0.30 s of a 1M-row import of 3.4 s), the
-- aggregate keeps a heap of 100 per day (0.14 s; issue 17). Same rows: the ordering key is the
-- window's `reach DESC NULLS LAST, published_at DESC, post_key DESC` as one struct (a row without
-- reach sorts below every row with one), and post_key is unique, so there are no ties.
-- The stored roll-up rows stay valid: nothing is rebuilt.

CREATE OR REPLACE MACRO rollup_top_posts_rows(lo_, hi_) AS TABLE
    SELECT CAST(published_at AS DATE) AS day, post_key, published_at, platform, account,
           campaign, kabkota, title, url, reach, impressions, views, likes, comments, shares,
           saves, cost
    FROM posts
    WHERE published_at >= lo_ AND published_at < hi_
      AND post_key IN (
          SELECT unnest(max_by(post_key,
                               (reach IS NOT NULL, coalesce(reach, 0), published_at, post_key),
                               100))
          FROM posts
          WHERE published_at >= lo_ AND published_at < hi_
          GROUP BY CAST(published_at AS DATE)
      );
