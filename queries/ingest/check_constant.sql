-- purpose: is one constant (--set FIELD=VALUE) understood by its field's normaliser?
-- grain: one row
-- params: $v; template part <expr> = the field type's SQL expression over $v (gema/ingest/fields.py)
SELECT gema_blank($v) OR ({expr}) IS NOT NULL AS ok;
