-- purpose: how the values of one recap batch were read (weighted NRR or NRR), for its notes
-- grain:   one row per reading, with the rows (unit-periods) read that way, the unsur count and the weights used
-- params:  $batch_id
SELECT nrr_given, count(DISTINCT (unit, period_start, period_end)) AS rows,
       max(n_unsur) AS n_unsur,
       string_agg(DISTINCT replace(printf('%.4f', weight), '.', ','), ' / ') AS weights
FROM (
    SELECT unit, period_start, period_end, nrr_given, weight,
           count(*) OVER (PARTITION BY unit, period_start, period_end) AS n_unsur
    FROM skm_recaps
    WHERE batch_id = $batch_id
)
GROUP BY nrr_given
ORDER BY nrr_given;
