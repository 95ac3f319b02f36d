-- purpose: how many non-NULL cells each source column has (a column with none is not preferred when detecting the mapping)
-- grain: one row, one count per source column, named like it
-- params: $cols (the source column names); identifiers (quoted by gema.core.sql): table
SELECT count(COLUMNS(c -> list_contains($cols, c))) FROM {{ident:table}};
