-- purpose: cap DuckDB's memory for a command-line import (its own process): beyond the cap the
--          reader's and the staging TEMP tables spill to the database's temp folder, so a
--          10-million-row file imports in bounded memory (issue 17)
-- grain: none (a setting of this database instance)
-- params: $limit (text such as '640MB')
SET memory_limit = $limit;
