-- purpose: a dated follower history for the generated demo accounts: five snapshots, one each
--          quarter from $start to $end, growing to the account's current count at $end by a
--          yearly rate that depends on the handle (5-55 %; creators grow faster than OPD)
-- grain:   one account_followers row per demo account per snapshot date
-- params:  $batch_id $start $end (DATE)
INSERT INTO account_followers (platform, handle, as_of, followers, batch_id)
WITH s AS (
    SELECT unnest([0, 1, 2, 3, 4]) AS q
), g AS (
    SELECT platform, handle, CAST(followers AS DOUBLE) AS followers,
           (CASE WHEN account_type = 'icn' THEN 0.15 ELSE 0.05 END)
           + (hash(platform || handle) % 40) / 100.0 AS growth
    FROM demo_accounts
)
SELECT g.platform, g.handle,
       CAST($start AS DATE) + CAST(round(s.q * date_diff('day', CAST($start AS DATE),
                                                          CAST($end AS DATE)) / 4) AS INTEGER),
       CAST(round(g.followers / pow(1 + g.growth, (4 - s.q) / 4.0)) AS BIGINT),
       $batch_id
FROM g, s;
