-- purpose: the failed sign-in count and last failure for the given throttle keys
-- grain:   one row per throttle key that has failures
-- params:  $keys (list of 'user:<name>' / 'client:<address>')
SELECT throttle_key, failures, last_failure
FROM signin_throttle
WHERE list_contains($keys, throttle_key);
