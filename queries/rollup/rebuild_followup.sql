-- purpose: the whole follow-up roll-up from feedback (corrections applied)
-- grain:   one rollup_followup row per group (migration 220)
-- params:  none
INSERT INTO rollup_followup
SELECT * FROM rollup_followup_rows(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31')
ORDER BY day;
