-- purpose: sentiment split per feedback channel (corrections applied); NULL sentiment = not yet
--          labelled
-- grain:   one row per channel per sentiment
-- params:  $start $end $kabkota $channel
SELECT channel, sentiment, count(*) AS feedback
FROM feedback_in($start, $end, $kabkota, $channel)
GROUP BY ALL
ORDER BY channel, sentiment;
