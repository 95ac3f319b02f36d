-- purpose: the name used most often for each unsur code in respondent data and recaps
-- grain: one row per unsur code
-- params: none
SELECT unsur, mode(unsur_name) AS unsur_name
FROM (
    SELECT unsur, unsur_name FROM skm_scores WHERE unsur_name IS NOT NULL
    UNION ALL
    SELECT unsur, unsur_name FROM skm_recaps WHERE unsur_name IS NOT NULL
)
GROUP BY unsur
ORDER BY unsur
