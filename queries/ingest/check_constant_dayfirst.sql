-- purpose: is one constant of a date field understood (day first, as a constant is read)?
-- grain: one row
-- params: $v; identifier: parse
SELECT gema_blank($v) OR ({{ident:parse}}(CAST($v AS VARCHAR), true)) IS NOT NULL AS ok;
