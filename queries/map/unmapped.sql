-- purpose: what the map cannot place: province-wide posts and their reach, and feedback whose
--          kab/kota is unknown or outside Banten, so the page can say so under the map
-- grain:   one row
-- params:  $start $end $campaign $platform $channel
SELECT
    (SELECT count(*) FROM posts
     WHERE published_at >= $start AND published_at < $end AND kabkota IS NULL
       AND (len($campaign) = 0 OR list_contains($campaign, campaign))
       AND (len($platform) = 0 OR list_contains($platform, platform))) AS posts,
    (SELECT coalesce(sum(reach), 0) FROM posts
     WHERE published_at >= $start AND published_at < $end AND kabkota IS NULL
       AND (len($campaign) = 0 OR list_contains($campaign, campaign))
       AND (len($platform) = 0 OR list_contains($platform, platform))) AS reach,
    (SELECT count(*) FROM feedback_effective
     WHERE received_at >= $start AND received_at < $end AND kabkota IS NULL
       AND (len($channel) = 0 OR list_contains($channel, channel))) AS feedback;
