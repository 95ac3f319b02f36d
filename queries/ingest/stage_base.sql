-- purpose: staging, first step, when every source column is mapped (no `extra`): see ingest/stage_base_extra
-- grain: one row per source row; creates TEMP view ingest_s0
-- params: none; identifier: table
CREATE OR REPLACE TEMP VIEW ingest_s0 AS
SELECT r.*, CAST(NULL AS JSON) AS "gema:extra", false AS "gema:flag:none"
FROM {{ident:table}} r;
