-- purpose: count one more failed sign-in for one throttle key, atomically (insert or increment;
--          a count older than the forget period starts afresh)
-- grain:   writes one row of signin_throttle
-- params:  $key, $now (timestamp of this failure), $forget_seconds
INSERT INTO signin_throttle AS t (throttle_key, failures, last_failure)
VALUES ($key, 1, $now)
ON CONFLICT (throttle_key) DO UPDATE SET
    failures = CASE
        WHEN excluded.last_failure - t.last_failure > to_seconds($forget_seconds) THEN 1
        ELSE t.failures + 1
    END,
    last_failure = greatest(t.last_failure, excluded.last_failure);
