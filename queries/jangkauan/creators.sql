-- purpose: creator/account leaderboard: only accounts with at least $min_posts posts in the
--          period are ranked (a single viral post does not make a leader)
-- grain:   one row per (platform, account), at most $limit rows, largest reach first;
--          `eligible` and `all_accounts` count ranked and all posting accounts
-- reads:   the posts roll-up (account_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kabkota $campaign $platform $min_posts $limit $icn_only
WITH p AS (
    SELECT * FROM account_rollup_in($start, $end, $kabkota, $campaign, $platform)
), a AS (
    SELECT platform, handle, any_value(display_name) AS display_name, max(followers) AS followers,
           bool_or(is_icn) AS is_icn, any_value(account_type) AS account_type,
           any_value(kabkota) AS kabkota
    FROM accounts GROUP BY platform, handle
), joined AS (
    SELECT p.*, a.display_name, a.followers, coalesce(a.is_icn, false) AS is_icn,
           a.account_type, a.kabkota
    FROM p LEFT JOIN a ON a.platform = p.platform AND a.handle = p.account
    WHERE NOT $icn_only OR coalesce(a.is_icn, false)
), counted AS (
    SELECT *,
           count(*) FILTER (WHERE posts >= $min_posts) OVER () AS eligible,
           count(*) OVER () AS all_accounts
    FROM joined
)
SELECT platform, account, display_name, kabkota, is_icn, account_type, followers, posts, reach,
       engagements, er_numerator / nullif(er_denominator, 0) AS engagement_rate,
       eligible, all_accounts
FROM counted
WHERE posts >= $min_posts
ORDER BY reach DESC, platform, account
LIMIT $limit;
