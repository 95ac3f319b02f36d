-- purpose: staging, first step, when every source column is mapped (no `extra`): see ingest/stage_base_extra
-- grain: one row per source row; the first CTE of ingest/stage
-- params: none; identifier: table
SELECT r.*, CAST(NULL AS JSON) AS "gema:extra", false AS "gema:flag:none"
FROM {{ident:table}} r;
