-- purpose: drop one TEMP table of an upload (reader's table, kab/kota look-ups) once it is no longer needed
-- grain: none
-- params: none; template part <table> (quoted identifier)
DROP TABLE IF EXISTS {table};
