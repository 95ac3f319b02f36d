-- purpose: load the demo number of service users per unit and semester (sample adequacy)
-- grain:   one row per unit layanan per semester
-- params:  $batch_id
INSERT INTO skm_service_users (unit, kabkota, period_start, period_end, service_users, batch_id)
SELECT unit, kabkota, CAST(period_start AS DATE), CAST(period_end AS DATE),
       CAST(service_users AS BIGINT), $batch_id
FROM demo_skm_service_users;
