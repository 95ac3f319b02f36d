-- purpose: a few recent aspirations for the "suara warga" slide (FGD first, then newest); text
--          only, never the author's name
-- grain:   one row per feedback row, at most $limit rows
-- params:  $start $end $kabkota $channel $limit
SELECT feedback_key, received_at, channel, kabkota, topic, sentiment, text
FROM feedback_effective
WHERE received_at >= $start AND received_at < $end
  AND (len($kabkota) = 0 OR list_contains($kabkota, kabkota))
  AND (len($channel) = 0 OR list_contains($channel, channel))
  AND length(trim(text)) >= 20
ORDER BY (channel = 'FGD') DESC, received_at DESC, feedback_key DESC
LIMIT $limit;
