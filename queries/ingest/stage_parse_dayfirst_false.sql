-- purpose: staging: one date field parsed by its type's macro, the column's date order month first (12/31) written as a literal so the macro's branches fold (Python picks this file by the order)
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev, parse (the field type's macro), col (source column), name (field), raw
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT p.*, {{ident:parse}}(p.{{ident:col}}, FALSE) AS {{ident:name}}, p.{{ident:col}} AS {{ident:raw}}
FROM {{ident:prev}} p;
