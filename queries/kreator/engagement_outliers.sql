-- purpose: posts whose engagement rate is far above the account's own median rate (all its
--          posts with a rate, any date): at least $er_mult times the median, with at least
--          $er_min_eng engagements; the account needs $er_min_posts rated posts for a median.
--          A flag to check, never a verdict.
-- grain:   one row per flagged post published under the filters
-- params:  $start $end $kabkota $campaign $platform $er_mult $er_min_eng $er_min_posts
WITH allp AS (
    SELECT platform, account, engagements / er_denominator AS rate
    FROM post_er_in(TIMESTAMP '1900-01-01', TIMESTAMP '2200-01-01', []::VARCHAR[],
                    []::VARCHAR[], $platform)
    WHERE account IS NOT NULL AND engagements IS NOT NULL AND er_denominator IS NOT NULL
), m AS (
    SELECT platform, account, median(rate) AS median_rate, count(*) AS rated_posts
    FROM allp
    GROUP BY platform, account
)
SELECT p.platform, p.account, p.published_at, coalesce(p.title, p.post_id) AS title, p.url,
       p.er_basis, p.engagements, p.er_denominator,
       p.engagements / p.er_denominator AS rate, m.median_rate, m.rated_posts,
       (p.engagements / p.er_denominator) / m.median_rate AS times_median
FROM post_er_in($start, $end, $kabkota, $campaign, $platform) p
JOIN m ON m.platform = p.platform AND m.account = p.account
WHERE p.engagements IS NOT NULL AND p.er_denominator IS NOT NULL
  AND m.rated_posts >= $er_min_posts
  AND m.median_rate > 0
  AND p.engagements >= $er_min_eng
  AND p.engagements / p.er_denominator >= $er_mult * m.median_rate
ORDER BY times_median DESC, p.platform, p.account, p.published_at;
