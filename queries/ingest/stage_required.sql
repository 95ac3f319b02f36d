-- purpose: staging: a required field that is empty or invalid flags its row
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, name, flag
SELECT p.*, p.{{ident:name}} IS NULL AS {{ident:flag}}
FROM {{ident:prev}} p;
