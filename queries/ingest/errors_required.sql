-- purpose: row errors of one required field: the cell is blank
-- grain: inserts one ingest_errors row per bad row whose required field is blank
-- params: $ord (the field's position), $field; identifiers (quoted by gema.core.sql): src (the
--         field's source column)
INSERT INTO ingest_errors (_row, ord, field, problem, value)
SELECT s._row, $ord, $field, 'required', r.{{ident:src}}
FROM ingest_stage s
JOIN ingest_bad_source r ON r._row = s._row
WHERE s._bad AND gema_blank(r.{{ident:src}});
