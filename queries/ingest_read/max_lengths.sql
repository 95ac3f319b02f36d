-- purpose: the longest cell of each column of a freshly read TEMP table (the cell-size limit)
-- grain: one row, one column per source column named like it
-- params: $cols (the source column names). Identifiers (quoted by gema.core.sql): table.
SELECT max(length(COLUMNS(c -> list_contains($cols, c)))) FROM {{ident:table}}
