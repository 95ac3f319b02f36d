-- purpose: what the map cannot place: province-wide posts and their reach, and feedback whose
--          kab/kota is unknown or outside Banten, so the page can say so under the map
-- grain:   one row
-- params:  $start $end $campaign $platform $channel
SELECT
    (SELECT count(*) FROM posts_in($start, $end, []::VARCHAR[], $campaign, $platform)
     WHERE kabkota IS NULL) AS posts,
    (SELECT coalesce(sum(reach), 0) FROM posts_in($start, $end, []::VARCHAR[], $campaign, $platform)
     WHERE kabkota IS NULL) AS reach,
    (SELECT count(*) FROM feedback_in($start, $end, []::VARCHAR[], $channel)
     WHERE kabkota IS NULL) AS feedback;
