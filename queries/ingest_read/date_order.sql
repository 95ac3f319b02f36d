-- purpose: evidence for the order of numeric dates (01/07/2024, 7-13-2024, 01.07.24) in one
--          text column: values valid only day-first, only month-first, either way, or neither.
-- grain: one row for the whole column
-- params: $examples (how many example values per order). Identifiers (quoted by gema.core.sql): table, column.
WITH parts AS (
    SELECT
        trim({{ident:column}}) AS raw,
        regexp_extract(
            trim({{ident:column}}), '^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{2}|[0-9]{4})([ T]|$)',
            ['a', 'b', 'y']
        ) AS p
    FROM {{ident:table}}
    -- the separator test first: it is implied by the pattern and far cheaper, so an ISO column
    -- (no numeric day/month dates at all) never reaches the regexp (issue 17)
    WHERE (substr(ltrim({{ident:column}}), 2, 1) IN ('/', '.', '-')
           OR substr(ltrim({{ident:column}}), 3, 1) IN ('/', '.', '-'))
      AND regexp_matches(trim({{ident:column}}), '^[0-9]{1,2}[/.-][0-9]{1,2}[/.-]([0-9]{2}|[0-9]{4})([ T]|$)')
),
n AS (
    SELECT raw, CAST(p.a AS INTEGER) AS a, CAST(p.b AS INTEGER) AS b FROM parts
)
SELECT
    count(*) AS numeric,
    count(*) FILTER (WHERE a BETWEEN 13 AND 31 AND b BETWEEN 1 AND 12) AS only_dayfirst,
    count(*) FILTER (WHERE b BETWEEN 13 AND 31 AND a BETWEEN 1 AND 12) AS only_monthfirst,
    count(*) FILTER (WHERE a BETWEEN 1 AND 12 AND b BETWEEN 1 AND 12) AS either,
    count(*) FILTER (
        WHERE NOT (a BETWEEN 1 AND 31 AND b BETWEEN 1 AND 12)
          AND NOT (b BETWEEN 1 AND 31 AND a BETWEEN 1 AND 12)
    ) AS invalid,
    (list(DISTINCT raw ORDER BY raw) FILTER (WHERE a BETWEEN 13 AND 31 AND b BETWEEN 1 AND 12))[1:$examples]
        AS examples_dayfirst,
    (list(DISTINCT raw ORDER BY raw) FILTER (WHERE b BETWEEN 13 AND 31 AND a BETWEEN 1 AND 12))[1:$examples]
        AS examples_monthfirst
FROM n
