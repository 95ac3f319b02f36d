-- purpose: sentiment split per feedback channel (corrections applied); NULL sentiment = not yet
--          labelled
-- grain:   one row per channel per sentiment
-- reads:   the feedback roll-up (feedback_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $channel
SELECT channel, sentiment, sum(feedback)::BIGINT AS feedback
FROM feedback_rollup_in($start, $end, $kabkota, $channel)
GROUP BY ALL
ORDER BY channel, sentiment;
