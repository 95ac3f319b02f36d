-- purpose: row errors of one kab/kota field read from a column: a value still to be decided
--          (ambiguous 'Tangerang', unknown)
-- grain: inserts one ingest_errors row per bad row whose value is undecided
-- params: $ord, $field; identifiers (quoted by gema.core.sql): flag (the staged _bad_<field>
--         column), src (the source column)
INSERT INTO ingest_errors (_row, ord, field, problem, value)
SELECT s._row, $ord, $field, 'region', r.{{ident:src}}
FROM ingest_stage s
JOIN ingest_bad_source r ON r._row = s._row
WHERE s._bad AND s.{{ident:flag}};
