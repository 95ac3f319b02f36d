-- purpose: whether this cursor drew any key in the current transaction (its TEMP sequences)
-- grain:   one row
-- params:  none
SELECT count(*) > 0 AS drawn FROM duckdb_sequences() WHERE temporary AND last_value IS NOT NULL;
