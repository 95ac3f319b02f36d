-- purpose: lake variant of auth/throttle_bump (MERGE: the lake has no key for ON CONFLICT):
--          count one more failed sign-in for one throttle key (a count older than the forget
--          period starts afresh)
-- grain:   writes one row of signin_throttle
-- params:  $key, $now (timestamp of this failure), $forget_seconds
MERGE INTO signin_throttle AS t
USING (SELECT $key AS throttle_key, 1 AS failures, CAST($now AS TIMESTAMP) AS last_failure) AS excluded
ON t.throttle_key = excluded.throttle_key
WHEN MATCHED THEN UPDATE SET
    failures = CASE
        WHEN excluded.last_failure - t.last_failure > to_seconds($forget_seconds) THEN 1
        ELSE t.failures + 1
    END,
    last_failure = greatest(t.last_failure, excluded.last_failure)
WHEN NOT MATCHED THEN INSERT (throttle_key, failures, last_failure)
    VALUES (excluded.throttle_key, excluded.failures, excluded.last_failure);
