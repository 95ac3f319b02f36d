-- purpose: record one applied migration (inside the migration's own transaction)
-- grain:   inserts one row
-- params:  $version, $name
INSERT INTO schema_migrations (version, name) VALUES ($version, $name);
