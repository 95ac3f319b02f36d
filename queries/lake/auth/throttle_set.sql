-- purpose: lake variant of auth/throttle_set (MERGE): store the failed sign-in count of one
--          throttle key (insert or replace)
-- grain:   writes one row
-- params:  $key, $failures, $now (timestamp of this failure)
MERGE INTO signin_throttle AS t
USING (SELECT $key AS throttle_key, $failures AS failures, CAST($now AS TIMESTAMP) AS last_failure)
    AS excluded
ON t.throttle_key = excluded.throttle_key
WHEN MATCHED THEN UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure
WHEN NOT MATCHED THEN INSERT (throttle_key, failures, last_failure)
    VALUES (excluded.throttle_key, excluded.failures, excluded.last_failure);
