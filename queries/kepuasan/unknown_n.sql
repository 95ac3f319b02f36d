-- purpose: recaps in the filter that give no respondent count ("n tidak diketahui"): left out of
--          the pooled IKM (it weighs by respondents) and listed apart on the Kepuasan page
-- grain:   one row per unit per kab/kota per period (per batch)
-- params:  start end (half-open timestamp range), kabkota (list of kode; empty = all)
SELECT unit, kabkota, period_start, period_end, period, nrr, published_ikm, published_mutu
FROM skm_unknown_n($start, $end, $kabkota)
ORDER BY kabkota, unit, period_start;
