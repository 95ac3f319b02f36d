-- purpose: staging: a check that also reads the row's unsur values U1…Un (SKM; the kind always stages them)
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, check (macro), name, flag
SELECT p.*,
       coalesce({{ident:check}}(p.{{ident:name}}, p, list_value(*COLUMNS('^U[0-9]{1,2}$'))), false)
           AS {{ident:flag}}
FROM {{ident:prev}} p;
