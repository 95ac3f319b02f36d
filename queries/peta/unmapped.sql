-- purpose: what the map cannot place: province-wide posts and their reach, and feedback whose
--          kab/kota is unknown or outside Banten, so the page can say so under the map
-- grain:   one row
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $campaign $platform $channel
SELECT
    (SELECT coalesce(sum(posts), 0)::BIGINT
     FROM posts_rollup_in($start, $end, []::VARCHAR[], $campaign, $platform)
     WHERE kabkota IS NULL) AS posts,
    (SELECT coalesce(sum(reach), 0)
     FROM posts_rollup_in($start, $end, []::VARCHAR[], $campaign, $platform)
     WHERE kabkota IS NULL) AS reach,
    (SELECT coalesce(sum(feedback), 0)::BIGINT
     FROM feedback_rollup_in($start, $end, []::VARCHAR[], $channel)
     WHERE kabkota IS NULL) AS feedback;
