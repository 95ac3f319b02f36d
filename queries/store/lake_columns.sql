-- purpose: the columns of one table in the lake (migrate-to-lake copies those both sides have)
-- grain:   one row per column
-- params:  $table
SELECT column_name
FROM duckdb_columns()
WHERE database_name = 'gema_lake' AND schema_name = 'main' AND table_name = $table
ORDER BY column_index;
