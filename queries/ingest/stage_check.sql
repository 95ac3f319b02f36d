-- purpose: staging: the field type's check (a macro gema_check_<type>(t, r), migration 172) over the parsed value and the staged row; runs after every field is parsed
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, check (macro), name, flag
SELECT p.*, coalesce({{ident:check}}(p.{{ident:name}}, p), false) AS {{ident:flag}}
FROM {{ident:prev}} p;
