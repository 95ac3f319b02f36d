-- purpose: the web hosts of the links in one source column, to guess the platform of a posts export that has no platform column (every link on instagram.com → Instagram)
-- grain: one row per distinct host (www./m./vm./vt. removed), with its number of rows
-- params: none; template parts <table> (the reader's TEMP table) and <col> (a quoted source header)
SELECT host, count(*) AS n
FROM (
    SELECT lower(regexp_extract(gema__trim({col}),
                 '^(?:https?://)?(?:www\.|m\.|vm\.|vt\.|web\.|mobile\.)?([A-Za-z0-9.-]+\.[A-Za-z]+)(?:[/?#:]|$)', 1)) AS host
    FROM {table}
    WHERE NOT gema_blank({col})
)
GROUP BY host
ORDER BY n DESC;
