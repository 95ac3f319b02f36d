-- purpose: add or change one holiday (admin)
-- grain:   inserts or updates one holidays row
-- params:  $date $name $kind $source $user
INSERT INTO holidays (date, name, kind, source, updated_by, updated_at)
VALUES ($date, $name, $kind, $source, $user, current_timestamp)
ON CONFLICT (date) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
    source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at;
