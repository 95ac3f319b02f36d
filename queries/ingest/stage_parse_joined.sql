-- purpose: staging: a field parsed ahead into its own table (ingest/stage_format) joins in by row
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, args (the parsed table), col (source column), name, raw
SELECT p.*, a.v AS {{ident:name}}, p.{{ident:col}} AS {{ident:raw}}
FROM {{ident:prev}} p
LEFT JOIN {{ident:args}} a ON a._row = p._row;
