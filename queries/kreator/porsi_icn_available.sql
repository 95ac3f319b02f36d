-- purpose: does the period have any ICN post naming a kab/kota? (offers the map measure
--          "porsi ICN" only then)
-- grain:   one value: the number of such posts
-- params:  $start $end $campaign $platform
SELECT count(*)
FROM posts_in($start, $end, []::VARCHAR[], $campaign, $platform) e
JOIN account_info a ON a.platform = e.platform AND a.handle = e.account
WHERE e.kabkota IS NOT NULL AND a.source = 'icn';
