-- purpose: the SKM figures every IKM view is grouped from: answers summed per unit layanan,
--          kab/kota, month and unsur, pooling respondent answers with uploaded recaps
-- grain:   one row per unit layanan per kab/kota per month per unsur per source part
-- params:  $start $end (half-open timestamp range), $kabkota (list of kode; empty = all)
-- The pooling rule (a recap counts only where its unit-period has no respondent answers) is
-- written once, in the skm_pooled macro (queries/staging/skm.sql).
SELECT unit, kabkota, month, unsur, unsur_name, score_sum, answers, respondents, source, part
FROM skm_pooled($start, $end, $kabkota)
