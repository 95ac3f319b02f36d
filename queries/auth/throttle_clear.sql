-- purpose: forget the failed sign-ins of one throttle key after a correct password
-- grain:   deletes at most one row of signin_throttle (never touches audit_log)
-- params:  $key
DELETE FROM signin_throttle WHERE throttle_key = $key;
