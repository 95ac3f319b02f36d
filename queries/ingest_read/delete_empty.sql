-- purpose: leave fully empty records (',,,,' lines) out of a freshly read TEMP table; their row
--          numbers stay taken, as in the spreadsheet.
-- grain: deletes the empty rows
-- params: none. Identifiers (quoted by gema.core.sql): table, first (the first column), cols
--         (every source column). The cheap test on the first column runs first.
DELETE FROM {{ident:table}}
WHERE ({{ident:first}} IS NULL OR trim({{ident:first}}) = '')
  AND len(list_filter([{{idents:cols}}], x -> nullif(trim(x), '') IS NOT NULL)) = 0
