-- 172: the rest of the importer's per-field SQL as macros (issue 15). A field type names its
-- parse macro and, when a parsed value can still be wrong, a check macro with one signature:
-- gema_check_<type>(t, r) → TRUE when wrong, `t` the staged value, `r` the staged row as a
-- STRUCT (other fields: weight, year, row_no); the unsur checks also get `u`, the list of the
-- row's unsur values (U1…Un). Answer labels of the SKM are a TEMP table (skm_answer_labels), filled
-- from data/reference/skm_answers.csv by queries/skm/answer_labels_seed.sql before staging.

CREATE OR REPLACE MACRO gema_check_count(t, r) AS gema_wrong_count(t);
CREATE OR REPLACE MACRO gema_check_rating(t, r) AS gema_wrong_rating(t);

-- a day without a year, and none set for the file (issue 14)
CREATE OR REPLACE MACRO gema_check_day(t, r) AS t.d IS NULL AND gema_day_resolve(t, r.year) IS NULL;

-- a recap row names its unit, or is the file's own total row (the kabupaten's name in 'No')
CREATE OR REPLACE MACRO gema_check_recap_unit(t, r) AS
    t IS NULL AND (r.row_no IS NULL OR regexp_full_match(r.row_no, '[0-9.]+'));

-- recap NRR: above 0, at most 4, and 1..4 once divided by the weight (bobot) given
CREATE OR REPLACE MACRO gema_check_nrr(t, r) AS
    t <= 0 OR t > 4 OR t / CASE WHEN r.weight > 0 THEN r.weight ELSE 1 END NOT BETWEEN 0.99 AND 4.01;

-- 1 / weight of a recap row: the weight column, else 1/n when every unsur value is at most 1
-- ("NRR tertimbang" = NRR x 1/n, n = the unsur the row has values for), else 1
CREATE OR REPLACE MACRO gema_nrr_inverse_weight(r, u) AS
    CASE WHEN r.weight > 0 THEN 1.0 / r.weight
         WHEN list_max(u) <= 1 THEN len(list_filter(u, x -> x IS NOT NULL))
         ELSE 1.0 END;

-- recap NRR of one set of unsur: each value divided by the weight is a score 1..4, with the
-- slack of a value printed to two decimals (0,005 / weight)
CREATE OR REPLACE MACRO gema_check_nrr_unsur(t, r, u) AS
    t <= 0 OR t > 4
    OR abs(t * gema_nrr_inverse_weight(r, u) - 2.5) > 1.5 + 0.0051 * gema_nrr_inverse_weight(r, u);

-- a respondent row whose unsur are all blank is no questionnaire (checked on the first unsur)
CREATE OR REPLACE MACRO gema_check_first_answer(t, r, u) AS
    len(list_filter(u, x -> x IS NOT NULL)) = 0;

-- typed NULLs of the region types, for a region field that is neither mapped nor set
CREATE OR REPLACE MACRO gema_null_kabkota(v) AS CAST(NULL AS VARCHAR);
CREATE OR REPLACE MACRO gema_null_kabkota_list(v) AS CAST(NULL AS VARCHAR[]);

-- an SKM answer cell → TINYINT 1..4 or NULL: '4', '4.0', '4,0'; a number with a label
-- ('4. Sangat sesuai', 'Sangat sesuai (4)': the number wins); a label of skm_answer_labels
CREATE OR REPLACE MACRO gema_skm_norm(v) AS trim(regexp_replace(lower(v), '[^a-z0-9]+', ' ', 'g'));
CREATE OR REPLACE MACRO gema_skm_score(v) AS
    CASE
        WHEN gema_blank(v) THEN NULL
        WHEN regexp_full_match(gema_skm_norm(v), '[1-4]( 0+)?')
            THEN CAST(left(gema_skm_norm(v), 1) AS TINYINT)
        WHEN regexp_matches(gema_skm_norm(v), '^[1-4] [a-z]')
            THEN CAST(left(gema_skm_norm(v), 1) AS TINYINT)
        WHEN regexp_matches(gema_skm_norm(v), '[a-z] [1-4]$')
            THEN CAST(right(gema_skm_norm(v), 1) AS TINYINT)
        ELSE (SELECT map_from_entries(list((label, score))) FROM skm_answer_labels)[gema_skm_norm(v)]
    END;
