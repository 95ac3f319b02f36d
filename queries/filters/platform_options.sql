-- purpose: platforms offered in the shared platform filter
-- grain:   one row per platform
-- params:  none
SELECT DISTINCT platform FROM posts WHERE platform IS NOT NULL ORDER BY 1;
