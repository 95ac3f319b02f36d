-- purpose: staging, a field of few distinct values (platform, handle, sentiment, status…): its
--          type's macro runs once per distinct text, not once per row (gema_platform's regexp
--          over a million rows cost more than reading the file); joined in by ingest/stage_parse_lookup
-- grain: one row per distinct non-NULL source text; creates a TEMP table named by the caller (raw, v)
-- params: none; identifiers (quoted by gema.core.sql): args (the table), table (the reader's),
--         parse (the field type's macro), col (source column)
CREATE OR REPLACE TEMP TABLE {{ident:args}} AS
SELECT raw, {{ident:parse}}(raw) AS v
FROM (SELECT DISTINCT r.{{ident:col}} AS raw FROM {{ident:table}} r WHERE r.{{ident:col}} IS NOT NULL);
