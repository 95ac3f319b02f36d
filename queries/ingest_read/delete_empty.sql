-- purpose: leave fully empty records (',,,,' lines) out of a freshly read TEMP table; their row
--          numbers stay taken, as in the spreadsheet.
-- grain: deletes the empty rows
-- params: none. Filled in by gema/ingest/read.py: {table}, {first} (first column, quoted),
--         {all_empty} (coalesce of every trimmed cell IS NULL).
DELETE FROM {table} WHERE ({first} IS NULL OR trim({first}) = '') AND {all_empty}
