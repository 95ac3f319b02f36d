-- purpose: topics offered when staff correct a topic label (every topic already in use)
-- grain:   one row per topic
-- params:  none
SELECT DISTINCT topic FROM feedback_effective WHERE topic IS NOT NULL ORDER BY 1;
