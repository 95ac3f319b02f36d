-- purpose: after rows were copied in with their keys, continue the key sequence past them
-- grain:   updates one gema_lake_keys row
-- params:  $seq (identifiers: table, column)
UPDATE gema_lake_keys
SET last = greatest(last, (SELECT coalesce(max({{ident:column}}), 0) FROM {{ident:table}}))
WHERE name = $seq;
