-- purpose: the web hosts of the links in one source column, to guess the platform of a posts export that has no platform column (every link on instagram.com → Instagram)
-- grain: one row per distinct host (www./m./vm./vt. removed), with its number of rows
-- params: none; identifiers (quoted by gema.core.sql): table, col
SELECT host, count(*) AS n
FROM (
    SELECT lower(regexp_extract(gema__trim({{ident:col}}),
                 '^(?:https?://)?(?:www\.|m\.|vm\.|vt\.|web\.|mobile\.)?([A-Za-z0-9.-]+\.[A-Za-z]+)(?:[/?#:]|$)', 1)) AS host
    FROM {{ident:table}}
    WHERE NOT gema_blank({{ident:col}})
)
GROUP BY host
ORDER BY n DESC;
