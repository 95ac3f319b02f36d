-- purpose: the ledger of applied migrations, created before any migration runs
-- grain:   one row per applied migration file
-- params:  none
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
