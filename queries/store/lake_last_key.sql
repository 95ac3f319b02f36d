-- purpose: the key the last single-row INSERT of this cursor drew (the lake has no RETURNING)
-- grain:   one row
-- params:  $seq (identifier: col, the returned column's name)
SELECT getvariable('gema_key_base')[$seq] + last_value AS {{ident:col}}
FROM duckdb_sequences()
WHERE temporary AND sequence_name = $seq;
