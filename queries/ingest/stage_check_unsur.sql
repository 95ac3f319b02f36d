-- purpose: staging: a check that also reads the row's unsur values U1…Un (SKM; the kind always stages them)
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev, check (macro), name, flag
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT p.*,
       coalesce({{ident:check}}(p.{{ident:name}}, p, list_value(*COLUMNS('^U[0-9]{1,2}$'))), false)
           AS {{ident:flag}}
FROM {{ident:prev}} p;
