-- purpose: the name used most often for each unsur code in respondent data and recaps
-- grain: one row per unsur code
-- params: none
-- Answers are counted from the SKM roll-up (migration 230: its key holds the name), recaps row
-- by row; a tie goes to the name first in alphabetical order.
WITH named AS (
    SELECT unsur, unsur_name, sum(answers) AS n
    FROM skm_answers_in(TIMESTAMP '0001-01-01', TIMESTAMP '9999-12-31', CAST([] AS VARCHAR[]))
    WHERE unsur_name IS NOT NULL
    GROUP BY ALL
    UNION ALL
    SELECT unsur, unsur_name, count(*)
    FROM skm_recaps
    WHERE unsur_name IS NOT NULL
    GROUP BY ALL
)
SELECT unsur, first(unsur_name ORDER BY n DESC, unsur_name) AS unsur_name
FROM (SELECT unsur, unsur_name, sum(n) AS n FROM named GROUP BY ALL)
GROUP BY unsur
ORDER BY unsur
