-- purpose: row errors of one field: a value that is not blank but did not parse (e.g. 'abc' as
--          a count, '31/02/2024' as a date)
-- grain: inserts one ingest_errors row per bad row with such a value in the field
-- params: $ord (the field's position), $field; identifiers (quoted by gema.core.sql): col (the
--         staged field column), src (its source column)
INSERT INTO ingest_errors (_row, ord, field, problem, value)
SELECT s._row, $ord, $field, 'invalid', r.{{ident:src}}
FROM ingest_stage s
JOIN ingest_bad_source r ON r._row = s._row
WHERE s._bad AND s.{{ident:col}} IS NULL AND NOT gema_blank(r.{{ident:src}});
