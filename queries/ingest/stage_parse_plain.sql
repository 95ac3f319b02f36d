-- purpose: staging: one field parsed by its type's macro; its source text kept as `raw` for the checks
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev, parse (the field type's macro), col (source column), name (field), raw
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT p.*, {{ident:parse}}(p.{{ident:col}}) AS {{ident:name}}, p.{{ident:col}} AS {{ident:raw}}
FROM {{ident:prev}} p;
