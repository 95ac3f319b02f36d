-- purpose: rows whose first non-empty cell is a summary word (Total, Jumlah, Rata-rata…); the
--          caller then checks that the other cells are numbers before leaving a row out.
-- grain: one row per candidate row (at most 1000), with every column
-- params: $words (lower-case summary words). Filled in by gema/ingest/read.py: {table},
--         {first_column} (quoted), {first_cell} (coalesce of the trimmed cells in column order).
--         The cheap test on the first column runs on every row; the full first-cell test only
--         where the first column is empty.
SELECT _row, * EXCLUDE (_row)
FROM {table}
WHERE list_contains($words, lower(trim({first_column})))
   OR (
        ({first_column} IS NULL OR trim({first_column}) = '')
        AND list_contains($words, lower(regexp_replace({first_cell}, '\s+', ' ', 'g')))
   )
ORDER BY _row
LIMIT 1000
