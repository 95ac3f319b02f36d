-- purpose: lake variant of tindak_lanjut/holiday_upsert (MERGE): add or change one holiday (admin)
-- grain:   inserts or updates one holidays row
-- params:  $date $name $kind $source $user
MERGE INTO holidays AS t
USING (SELECT CAST($date AS DATE) AS date, $name AS name, $kind AS kind, $source AS source,
              $user AS updated_by, current_timestamp AS updated_at) AS excluded
ON t.date = excluded.date
WHEN MATCHED THEN UPDATE SET name = excluded.name, kind = excluded.kind, source = excluded.source,
    updated_by = excluded.updated_by, updated_at = excluded.updated_at
WHEN NOT MATCHED THEN INSERT (date, name, kind, source, updated_by, updated_at)
    VALUES (excluded.date, excluded.name, excluded.kind, excluded.source, excluded.updated_by,
            excluded.updated_at);
