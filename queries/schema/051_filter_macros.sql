-- 051_filter_macros: the shared dashboard filters, written once. Named queries read
-- `FROM posts_in($start, $end, $kabkota, $campaign, $platform)` or
-- `FROM feedback_in($start, $end, $kabkota, $channel)` instead of repeating the WHERE block.
-- Macros are expanded when a query is bound, so DuckDB still pushes the period and list filters
-- into the table scan (same plan as the written-out WHERE).
--
-- An empty list means "no filter" (gema.core.filters.Filters.params()). Pass []::VARCHAR[] where a
-- query deliberately ignores a filter (the map always shows all kab/kota). The period is the
-- half-open range [start_, end_); for "now vs previous period" pass $prev_start as start_.
-- Parameter names end in '_' so they never shadow a column of the same name.

-- True when the list is empty (no filter) or holds the value.
CREATE OR REPLACE MACRO gema_allows(choices_, value_) AS
    len(choices_) = 0 OR list_contains(choices_, value_);

-- Posts published in [start_, end_) matching the kab/kota, campaign and platform filters.
CREATE OR REPLACE MACRO posts_in(start_, end_, kabkota_, campaign_, platform_) AS TABLE
    SELECT *
    FROM posts
    WHERE published_at >= start_ AND published_at < end_
      AND gema_allows(kabkota_, kabkota)
      AND gema_allows(campaign_, campaign)
      AND gema_allows(platform_, platform);

-- Feedback received in [start_, end_) matching the kab/kota and channel filters, with staff
-- corrections applied (feedback_effective, 050).
CREATE OR REPLACE MACRO feedback_in(start_, end_, kabkota_, channel_) AS TABLE
    SELECT *
    FROM feedback_effective
    WHERE received_at >= start_ AND received_at < end_
      AND gema_allows(kabkota_, kabkota)
      AND gema_allows(channel_, channel);

-- feedback_in without the corrections join, for queries that read only columns a staff
-- correction never changes (received_at, channel, kabkota), such as weekly volumes.
CREATE OR REPLACE MACRO feedback_rows_in(start_, end_, kabkota_, channel_) AS TABLE
    SELECT *
    FROM feedback
    WHERE received_at >= start_ AND received_at < end_
      AND gema_allows(kabkota_, kabkota)
      AND gema_allows(channel_, channel);
