-- purpose: the whole skm people roll-up from the SKM answers (after bulk writes that bypass the
--          loads, e.g. the benchmark's generator)
-- grain:   one rollup_skm_people row per group (migration 230)
-- params:  none
INSERT INTO rollup_skm_people
SELECT * FROM rollup_skm_people_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31')
ORDER BY day;
