-- purpose: the lake's bookkeeping tables, created before any migration runs: the migration ledger
--          (as store/ensure_migrations_table, without the key DuckLake cannot hold) and the last key
--          drawn per sequence (every write transaction updates all its rows, see gema.core.lake)
-- grain:   one row per applied migration; one row per key sequence
-- params:  none
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER NOT NULL,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS gema_lake_keys (
    name       VARCHAR NOT NULL,
    last       BIGINT NOT NULL,
    updated_at TIMESTAMP
);
