-- purpose: staging: one field parsed by its type's macro; its source text kept as `raw` for the checks
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, parse (the field type's macro), col (source column), name (field), raw
SELECT p.*, {{ident:parse}}(p.{{ident:col}}) AS {{ident:name}}, p.{{ident:col}} AS {{ident:raw}}
FROM {{ident:prev}} p;
