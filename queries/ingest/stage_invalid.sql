-- purpose: staging: an optional field whose text is there but not understood flags its row
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, name, raw, flag
SELECT p.*,
       CASE WHEN p.{{ident:name}} IS NOT NULL OR p.{{ident:raw}} IS NULL THEN false
            ELSE NOT gema_blank(p.{{ident:raw}}) END AS {{ident:flag}}
FROM {{ident:prev}} p;
