-- purpose: the longest cell of each column of a freshly read TEMP table (the cell-size limit) and
--          how many cells of each are filled (the mapping's empty columns), in one scan
-- grain: one row: first one column per source column (longest cell), then one per source column
--        (filled cells), both in the table's column order and named like the column
-- params: $cols (the source column names). Identifiers (quoted by gema.core.sql): table.
SELECT max(length(COLUMNS(c -> list_contains($cols, c)))),
       count(COLUMNS(c -> list_contains($cols, c)))
FROM {{ident:table}}
