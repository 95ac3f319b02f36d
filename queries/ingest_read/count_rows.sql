-- purpose: number of data rows in a freshly read TEMP table.
-- grain: one row
-- params: none. Identifiers (quoted by gema.core.sql): table.
SELECT count(*) AS n FROM {{ident:table}}
