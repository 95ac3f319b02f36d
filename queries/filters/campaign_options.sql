-- purpose: campaign names offered in the shared campaign filter
-- grain:   one row per campaign name
-- params:  none
SELECT DISTINCT name FROM campaigns WHERE name IS NOT NULL
UNION
SELECT DISTINCT campaign FROM posts WHERE campaign IS NOT NULL
ORDER BY 1;
