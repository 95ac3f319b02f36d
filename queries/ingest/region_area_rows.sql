-- purpose: the row numbers of an upload (a kecamatan/desa set for the whole file applies to each)
-- grain: one row per source row
-- params: none; identifiers (quoted by gema.core.sql): table
SELECT _row FROM {{ident:table}};
