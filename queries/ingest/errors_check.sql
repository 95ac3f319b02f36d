-- purpose: row errors of one field whose value parsed but cannot be right (a negative count, a
--          rating above 5, an NRR out of range): the field type's check, staged as a flag
-- grain: inserts one ingest_errors row per bad row failing the check
-- params: $ord, $field; identifiers (quoted by gema.core.sql): src (the source column), flag
--         (the field's check flag _chk_<field> in ingest_stage)
INSERT INTO ingest_errors (_row, ord, field, problem, value)
SELECT s._row, $ord, $field, 'check', r.{{ident:src}}
FROM (SELECT _row FROM ingest_stage WHERE _bad AND {{ident:flag}}) s
JOIN ingest_bad_source r ON r._row = s._row;
