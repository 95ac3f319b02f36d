-- purpose: is one constant (--set FIELD=VALUE) understood by its field type's macro?
-- grain: one row
-- params: $v; identifier: parse (the field type's macro)
SELECT gema_blank($v) OR ({{ident:parse}}(CAST($v AS VARCHAR))) IS NOT NULL AS ok;
