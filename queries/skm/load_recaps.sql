-- purpose: insert the staged recap rows, one skm_recaps row per unit-period per unsur, by
--          unpivoting every unsur column (U1…Un). A row with a weight (bobot) carries weighted
--          NRR (NRR x bobot, "NRR tertimbang") and is turned back into NRR = value / bobot.
--          The period is period_start/period_end when given, else the named period (Semester I
--          2024 …); a start without an end ends with the start's semester.
-- grain:   one skm_recaps row per staged row per unsur with a value
-- params:  $batch_id
INSERT INTO skm_recaps (unit, kabkota, period_start, period_end, unsur, unsur_name, nrr,
                        respondents, service_users, batch_id, extra, nrr_given, weight)
WITH base AS (
    SELECT
        _row, trim(unit) AS unit, kabkota,
        coalesce(period_start, period.s) AS ps,
        coalesce(
            period_end,
            period.e,
            CASE WHEN month(period_start) <= 6 THEN make_date(year(period_start), 6, 30)
                 ELSE make_date(year(period_start), 12, 31) END
        ) AS pe,
        respondents, service_users, weight, ikm, extra
    FROM ingest_valid
),
vals AS (
    UNPIVOT (SELECT _row, COLUMNS('^U[0-9]+$') FROM ingest_valid)
    ON COLUMNS('^U[0-9]+$')
    INTO NAME unsur VALUE v
)
SELECT
    b.unit, b.kabkota, b.ps, b.pe, x.unsur, n.name,
    CASE WHEN b.weight IS NOT NULL AND b.weight > 0 THEN x.v / b.weight ELSE x.v END,
    b.respondents, b.service_users, $batch_id,
    CASE WHEN b.ikm IS NOT NULL
         THEN json_merge_patch(coalesce(CAST(b.extra AS JSON), '{}'::JSON), json_object('ikm_reported', b.ikm))
         ELSE CAST(b.extra AS JSON) END,
    CASE WHEN b.weight IS NOT NULL AND b.weight > 0 THEN 'weighted' ELSE 'nrr' END,
    b.weight
FROM vals x
JOIN base b ON b._row = x._row
LEFT JOIN skm_unsur_names n ON n.unsur = x.unsur
WHERE x.v IS NOT NULL;
