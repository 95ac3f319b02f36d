-- purpose: the distinct kab/kota texts of one source column with their row counts (matched in Python, one call per distinct value)
-- grain: one row per distinct non-NULL value
-- params: none; template parts <table> (reader's TEMP table), <col> (quoted source column)
SELECT {col} AS raw, count(*) AS n FROM {table} WHERE {col} IS NOT NULL GROUP BY 1;
