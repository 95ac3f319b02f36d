-- purpose: the base tables of the embedded file attached as gema_src (migrate-to-lake), with
--          their columns, the migration ledger left out (the lake keeps its own)
-- grain:   one row per table
-- params:  none
SELECT c.table_name, list(c.column_name ORDER BY c.column_index) AS columns
FROM duckdb_columns() AS c
JOIN duckdb_tables() AS t
  ON t.database_name = c.database_name AND t.schema_name = c.schema_name
 AND t.table_name = c.table_name
WHERE c.database_name = 'gema_src' AND c.schema_name = 'main' AND NOT t.temporary
  AND c.table_name <> 'schema_migrations'
GROUP BY c.table_name
ORDER BY c.table_name;
