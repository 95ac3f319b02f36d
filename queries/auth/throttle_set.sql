-- purpose: store the failed sign-in count of one throttle key (insert or replace)
-- grain:   writes one row
-- params:  $key, $failures, $now (timestamp of this failure)
INSERT INTO signin_throttle (throttle_key, failures, last_failure)
VALUES ($key, $failures, $now)
ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures, last_failure = excluded.last_failure;
