-- purpose: one field's raw text per row (kecamatan, desa or kab/kota), to place a row by its kecamatan/desa when its kab/kota is missing
-- grain: one row per source row
-- params: none; identifiers (quoted by gema.core.sql): table, col
SELECT _row, {{ident:col}} AS raw FROM {{ident:table}};
