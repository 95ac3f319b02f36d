-- purpose: the accounts with the largest reach on posts about one kab/kota (map profile)
-- grain:   one row per (platform, account), at most $limit rows, largest reach first
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $kode $campaign $platform $limit
WITH p AS (
    SELECT platform, account, posts, reach, engagements
    FROM account_rollup_in($start, $end, [$kode]::VARCHAR[], $campaign, $platform)
), a AS (
    SELECT platform, handle, any_value(display_name) AS display_name,
           bool_or(is_icn) AS is_icn
    FROM accounts
    GROUP BY platform, handle
)
SELECT p.platform, p.account, a.display_name, coalesce(a.is_icn, false) AS is_icn,
       p.posts, p.reach, p.engagements
FROM p
LEFT JOIN a ON a.platform = p.platform AND a.handle = p.account
ORDER BY p.reach DESC, p.engagements DESC, p.platform, p.account
LIMIT $limit;
