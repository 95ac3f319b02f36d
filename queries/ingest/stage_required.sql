-- purpose: staging: a required field that is empty or invalid flags its row
-- grain: one row per source row; creates TEMP view `next`
-- params: none; identifiers: next, prev, name, flag
CREATE OR REPLACE TEMP VIEW {{ident:next}} AS
SELECT p.*, p.{{ident:name}} IS NULL AS {{ident:flag}}
FROM {{ident:prev}} p;
