-- purpose: record the keys this transaction drew, updating every ledger row: two concurrent write
--          transactions on the lake therefore always conflict, and the later one is retried
-- grain:   updates every gema_lake_keys row
-- params:  none
UPDATE gema_lake_keys AS k
SET last = greatest(k.last, getvariable('gema_key_base')[k.name] + coalesce(s.last_value, 0)),
    updated_at = current_timestamp
FROM (
    SELECT n.name, q.last_value
    FROM gema_lake_keys AS n
    LEFT JOIN duckdb_sequences() AS q ON q.temporary AND q.sequence_name = n.name
) AS s
WHERE s.name = k.name;
