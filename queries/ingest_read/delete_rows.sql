-- purpose: leave summary rows (Total, Jumlah, Rata-rata…) out of a freshly read TEMP table.
-- grain: deletes the listed spreadsheet rows
-- params: $rows (list of _row numbers). Identifiers (quoted by gema.core.sql): table.
DELETE FROM {{ident:table}} WHERE list_contains($rows, _row)
