-- purpose: IKM per kab/kota with the exact weight 1/n, for the map's metric selector
-- grain:   one row per kab/kota (kode) with SKM data; rows of unknown/outside kab/kota left out
-- params:  $start $end (half-open timestamp range), $kabkota (list of kode; empty = all)
-- The pooled answers come from skm_pooled (queries/staging/skm.sql, the one pooling rule, as
-- ikm/base); the respondent-weighted NRR per unsur, then IKM = 25 x mean of the NRR
-- (= 25 x sum(NRR x 1/n)), as gema.ikm.ikm with the exact weight; tests/test_ingest_skm.py
-- checks that both agree.
WITH per_unsur AS (
    SELECT kabkota AS kode, unsur, sum(score_sum) / sum(answers) AS nrr, sum(answers) AS answers
    FROM skm_pooled($start, $end, $kabkota)
    WHERE kabkota IS NOT NULL AND kabkota <> '-'
    GROUP BY kabkota, unsur
)
SELECT kode, 25 * avg(nrr) AS ikm, count(*) AS n_unsur, max(answers) AS answers
FROM per_unsur
GROUP BY kode
ORDER BY kode
