-- purpose: the first rows of an upload as the user sent them, for the preview
-- grain: one row per source row, at most $limit
-- params: $limit; template parts <table>, <cols> (quoted source columns)
SELECT _row, {cols} FROM {table} ORDER BY _row LIMIT $limit;
