-- purpose: the staged rows a load inserts: neither rejected (_bad) nor duplicate (an anti join:
--          `_row NOT IN (…)` cost a NULL-aware mark join over every staged row)
-- grain: one row per staged source row to load; creates TEMP view ingest_valid
-- params: none (reads TEMP tables ingest_stage, ingest_dup)
CREATE OR REPLACE TEMP VIEW ingest_valid AS
SELECT s.*
FROM ingest_stage s
ANTI JOIN ingest_dup d ON d._row = s._row
WHERE NOT s._bad;
