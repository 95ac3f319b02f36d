-- purpose: rows whose first non-empty cell is a summary word (Total, Jumlah, Rata-rata…); the
--          caller then checks that the other cells are numbers before leaving a row out.
-- grain: one row per candidate row (at most 1000), with every column
-- params: $words (lower-case summary words). Identifiers (quoted by gema.core.sql): table,
--         first_column, cols (every source column in order: the first non-empty cell).
--         The cheap test on the first column runs on every row; the full first-cell test only
--         where the first column is empty.
SELECT _row, * EXCLUDE (_row)
FROM {{ident:table}}
WHERE list_contains($words, lower(trim({{ident:first_column}})))
   OR (
        ({{ident:first_column}} IS NULL OR trim({{ident:first_column}}) = '')
        AND list_contains($words, lower(regexp_replace(
            trim(list_filter([{{idents:cols}}], x -> nullif(trim(x), '') IS NOT NULL)[1]),
            '\s+', ' ', 'g')))
   )
ORDER BY _row
LIMIT 1000
