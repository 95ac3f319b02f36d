-- purpose: agenda events in the period, in the chosen kab/kota or province-wide (NULL)
-- grain:   one row per event, oldest first
-- params:  $start $end $kabkota (empty list = all)
SELECT event_id, date, title, kabkota, kind, note, batch_id, created_by, created_at
FROM events
WHERE date >= $start::DATE AND date < $end::DATE
  AND (kabkota IS NULL OR gema_allows($kabkota, kabkota))
ORDER BY date, event_id;
