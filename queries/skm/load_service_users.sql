-- purpose: record the number of service users given with an SKM upload, per unit layanan, for
--          the period the file covers for that unit (first to last submission date)
-- grain:   one skm_service_users row per unit layanan in the staged rows with service_users
-- params:  $batch_id
INSERT INTO skm_service_users (unit, kabkota, period_start, period_end, service_users, batch_id)
SELECT trim(unit), mode(kabkota), CAST(min(submitted_at) AS DATE), CAST(max(submitted_at) AS DATE),
       max(service_users), $batch_id
FROM ingest_valid
WHERE service_users IS NOT NULL
GROUP BY trim(unit);
