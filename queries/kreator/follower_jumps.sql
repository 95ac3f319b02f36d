-- purpose: sudden follower jumps in the daily account overviews (account_daily): a day whose
--          gain is at least $jump_min followers, at least $jump_rel of the count before it and
--          at least $jump_mult times the account's own median daily change; an account needs
--          $min_days daily changes for its median. A flag to check, never a verdict.
-- grain:   one row per flagged (platform, account, date) in [$start, $end)
-- params:  $start $end $platform $jump_min $jump_rel $jump_mult $min_days
WITH d AS (   -- one row per account and day: the latest upload wins
    SELECT platform, account, date,
           arg_max(followers, batch_id) AS followers,
           arg_max(followers_gained, batch_id) AS gained
    FROM account_daily
    WHERE gema_allows($platform, platform)
    GROUP BY platform, account, date
), g AS (
    SELECT platform, account, date, followers,
           lag(date) OVER w AS prev_date,
           coalesce(lag(followers) OVER w, followers - gained) AS prev_followers,
           coalesce(gained, followers - lag(followers) OVER w) AS gain
    FROM d
    WINDOW w AS (PARTITION BY platform, account ORDER BY date)
), m AS (
    SELECT platform, account, median(abs(gain)) AS median_gain, count(gain) AS days
    FROM g
    GROUP BY platform, account
)
SELECT g.platform, g.account, g.date, g.prev_date, g.prev_followers, g.followers, g.gain,
       m.median_gain, m.days
FROM g
JOIN m USING (platform, account)
WHERE g.date >= CAST($start AS DATE) AND g.date < CAST($end AS DATE)
  AND m.days >= $min_days
  AND g.gain >= $jump_min
  AND g.gain >= $jump_rel * g.prev_followers
  AND g.gain >= $jump_mult * greatest(m.median_gain, 1)
ORDER BY g.gain DESC, g.platform, g.account, g.date;
