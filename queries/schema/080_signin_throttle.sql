-- 080_signin_throttle: failed sign-ins per username and per client, for the exponential back-off.
-- Kept in the database (not the session) so that reloading the page does not reset the count.
-- One row per throttle key: 'user:<name>' or 'client:<address>'. No password is ever stored here.
CREATE TABLE signin_throttle (
    throttle_key    VARCHAR PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure    TIMESTAMP NOT NULL
);
