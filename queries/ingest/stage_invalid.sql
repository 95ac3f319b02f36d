-- purpose: staging: an optional field whose text is there but not understood flags its row
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev, name, raw, flag
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT p.*,
       CASE WHEN p.{{ident:name}} IS NOT NULL OR p.{{ident:raw}} IS NULL THEN false
            ELSE NOT gema_blank(p.{{ident:raw}}) END AS {{ident:flag}}
FROM {{ident:prev}} p;
