-- purpose: which migrations this database already has
-- grain:   one row per applied migration
-- params:  none
SELECT version, name, applied_at FROM schema_migrations ORDER BY version;
