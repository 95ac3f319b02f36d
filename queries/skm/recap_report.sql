-- purpose: every recap unit-period as loaded, with our IKM beside the agency's published one: the rows of `python -m gema ikm FILE --kind skm_recap` and the upload page's recap check
-- grain:   one row per unit (or file total) per period per batch
-- params:  none (reads skm_recaps; the CLI reads a throw-away store holding one file)
-- ikm = 25 x mean(NRR) over the row's unsur (weight exactly 1/n); weighted NRR were turned back
-- into NRR by the importer. nrr is kept per unsur as a map for the period/kab/kota aggregates.
SELECT unit, kabkota, period_start, period_end,
       coalesce(any_value(period_label), CAST(period_start AS VARCHAR)) AS period,
       bool_or(is_total) AS is_total,
       count(*) AS n_unsur,
       any_value(nrr_given) AS nrr_given,
       25 * avg(nrr) AS ikm,
       map(list(unsur ORDER BY unsur), list(nrr ORDER BY unsur)) AS nrr,
       any_value(published_ikm) AS published_ikm,
       any_value(published_mutu) AS published_mutu,
       max(respondents) AS respondents,
       min(batch_id) AS batch_id
FROM skm_recaps
GROUP BY unit, kabkota, period_start, period_end, batch_id
ORDER BY period_start, period, is_total, unit;
