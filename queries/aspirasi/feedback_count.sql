-- purpose: how many feedback rows the period and the shared filters hold: the searchable list's
--          match count when no search, status, sentiment, topic or overdue filter narrows it
--          (feedback_table_count gives the same number by counting the rows)
-- grain:   one row: matches
-- reads:   the feedback roll-up (feedback_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $channel
SELECT coalesce(sum(feedback), 0)::BIGINT AS matches
FROM feedback_rollup_in($start, $end, $kabkota, $channel);
