-- purpose: staging: the field type's check (a macro gema_check_<type>(t, r), migration 172) over the parsed value and the staged row; runs after every field is parsed
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev, check (macro), name, flag
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT p.*, coalesce({{ident:check}}(p.{{ident:name}}, p), false) AS {{ident:flag}}
FROM {{ident:prev}} p;
