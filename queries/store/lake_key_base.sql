-- purpose: the key each sequence continues from in this transaction (read by the lake's key
--          defaults: base + the cursor's TEMP sequence)
-- grain:   none (session variable gema_key_base)
-- params:  $names, $values (parallel lists)
SET VARIABLE gema_key_base = map(CAST($names AS VARCHAR[]), CAST($values AS BIGINT[]));
