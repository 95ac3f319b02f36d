-- purpose: the last key drawn per sequence, as committed before this transaction
-- grain:   one row per key sequence
-- params:  none
SELECT name, last FROM gema_lake_keys ORDER BY name;
