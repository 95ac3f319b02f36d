-- 052_feedback_rows_macro: feedback_in (051) without the corrections join, for queries that read
-- only columns a staff correction never changes (received_at, channel, kabkota), such as weekly
-- volumes: same rows, no join with label_corrections. Kept in its own migration because 051 was
-- already applied to some stores before this macro existed.
CREATE OR REPLACE MACRO feedback_rows_in(start_, end_, kabkota_, channel_) AS TABLE
    SELECT *
    FROM feedback
    WHERE received_at >= start_ AND received_at < end_
      AND gema_allows(kabkota_, kabkota)
      AND gema_allows(channel_, channel);
