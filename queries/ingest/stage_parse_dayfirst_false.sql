-- purpose: staging: one date field parsed by its type's macro, the column's date order month first (12/31) written as a literal so the macro's branches fold (Python picks this file by the order)
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, parse (the field type's macro), col (source column), name (field), raw
SELECT p.*, {{ident:parse}}(p.{{ident:col}}, FALSE) AS {{ident:name}}, p.{{ident:col}} AS {{ident:raw}}
FROM {{ident:prev}} p;
