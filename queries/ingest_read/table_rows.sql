-- purpose: every row of a freshly read TEMP table, to keep the read in memory (an upload
--          session) so a rerun of the upload page or "Muat" never reads the file again
-- grain: one row per data row, every column (source columns and _row)
-- params: none. Identifiers (quoted by gema.core.sql): table.
SELECT * FROM {{ident:table}}
