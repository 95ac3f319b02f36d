-- purpose: the first rows of an upload as the user sent them, for the preview
-- grain: one row per source row, at most $limit
-- params: $limit; identifiers (quoted by gema.core.sql): table (the reader's), cols (source columns)
SELECT _row, {{idents:cols}} FROM {{ident:table}} ORDER BY _row LIMIT $limit;
