-- purpose: a few recent aspirations for the "suara warga" slide (FGD first, then newest); text
--          only, never the author's name
-- grain:   one row per feedback row, at most $limit rows
-- params:  $start $end $kabkota $channel $limit
SELECT feedback_key, received_at, channel, kabkota, topic, sentiment, text
FROM feedback_in($start, $end, $kabkota, $channel)
WHERE length(trim(text)) >= 20
ORDER BY (channel = 'FGD') DESC, received_at DESC, feedback_key DESC
LIMIT $limit;
