-- purpose: insert the staged recap rows, one skm_recaps row per unit-period per unsur
-- grain:   one skm_recaps row per staged row per unsur with a value
-- params:  $batch_id
-- How: every unsur column (U1…Un) is unpivoted. Values are read as weighted NRR ("NRR
-- tertimbang") when the row has a weight (bobot: NRR = value / bobot) or when every value of the
-- row is at most 1 (NRR = value x n, n = the row's unsur with a value: the weight 1/n);
-- otherwise as NRR 1..4. The period is period_start/period_end when given, else the named
-- period (Semester I 2024, a sheet name '2022 C' = that year); a start without an end ends with
-- the start's semester. The file's own total row (empty unit, the kabupaten's name in 'No') is
-- kept with is_total, named by 'No'. The agency's published index, mutu and kinerja are kept.
INSERT INTO skm_recaps (unit, kabkota, period_start, period_end, unsur, unsur_name, nrr,
                        respondents, service_users, batch_id, extra, nrr_given, weight,
                        published_ikm, published_mutu, published_kinerja, is_total, period_label)
WITH base AS (
    SELECT
        _row, coalesce(trim(unit), trim(row_no)) AS unit, unit IS NULL AS is_total, kabkota,
        coalesce(period_start, period.s) AS ps,
        coalesce(
            period_end,
            period.e,
            CASE WHEN month(period_start) <= 6 THEN make_date(year(period_start), 6, 30)
                 ELSE make_date(year(period_start), 12, 31) END
        ) AS pe,
        period.l AS period_label,
        respondents, service_users, weight, ikm, published_mutu, published_kinerja, extra
    FROM ingest_valid
),
vals AS (
    UNPIVOT (SELECT _row, COLUMNS('^U[0-9]+$') FROM ingest_valid)
    ON COLUMNS('^U[0-9]+$')
    INTO NAME unsur VALUE v
),
per_row AS (
    SELECT _row, max(v) AS highest, count(v) AS n FROM vals WHERE v IS NOT NULL GROUP BY _row
)
SELECT
    b.unit, b.kabkota, b.ps, b.pe, x.unsur, nm.name,
    CASE WHEN b.weight > 0 THEN x.v / b.weight
         WHEN r.highest <= 1 THEN x.v * r.n
         ELSE x.v END,
    b.respondents, b.service_users, $batch_id,
    CASE WHEN b.ikm IS NOT NULL
         THEN json_merge_patch(coalesce(CAST(b.extra AS JSON), '{}'::JSON), json_object('ikm_reported', b.ikm))
         ELSE CAST(b.extra AS JSON) END,
    CASE WHEN b.weight > 0 OR r.highest <= 1 THEN 'weighted' ELSE 'nrr' END,
    CASE WHEN b.weight > 0 THEN b.weight WHEN r.highest <= 1 THEN 1.0 / r.n END,
    b.ikm, b.published_mutu, b.published_kinerja, b.is_total, b.period_label
FROM vals x
JOIN base b ON b._row = x._row
JOIN per_row r ON r._row = x._row
LEFT JOIN skm_unsur_names nm ON nm.unsur = x.unsur
WHERE x.v IS NOT NULL;
