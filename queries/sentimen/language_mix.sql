-- purpose: how many feedback texts are in each detected language, for the Aspirasi page
-- grain:   one row per language ('id' | 'su' | 'jv' | 'other' | NULL = not yet computed)
-- params:  $start $end $kabkota $channel (the shared filters)
SELECT language, count(*) AS feedback
FROM feedback_rows_in($start, $end, $kabkota, $channel)
GROUP BY language
ORDER BY feedback DESC;
