-- purpose: fill the holidays table from data/reference/holidays.csv (SKB 3 Menteri) when the
--          migration that creates it runs; rows an admin already has are left alone
-- grain:   one row per holiday date
-- params:  $path  path of the reference CSV
INSERT INTO holidays (date, name, kind, source, updated_by, updated_at)
SELECT date, name, kind, source, 'seed', current_timestamp
FROM read_csv($path, header = true, types = {'date': 'DATE'})
WHERE date NOT IN (SELECT date FROM holidays);
