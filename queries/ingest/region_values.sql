-- purpose: the distinct kab/kota texts of one source column with their row counts (matched in Python, one call per distinct value)
-- grain: one row per distinct non-NULL value
-- params: none; identifiers (quoted by gema.core.sql): table, col
SELECT {{ident:col}} AS raw, count(*) AS n FROM {{ident:table}} WHERE {{ident:col}} IS NOT NULL GROUP BY 1;
