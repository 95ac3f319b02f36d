-- purpose: drop one TEMP table of an upload (reader's table, kab/kota look-ups) once it is no longer needed
-- grain: none
-- params: none; identifiers (quoted by gema.core.sql): table
DROP TABLE IF EXISTS {{ident:table}};
