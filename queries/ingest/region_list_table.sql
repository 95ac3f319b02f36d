-- purpose: the kab/kota look-up of one list field (campaign targets) for this upload: raw text → list of kode, and whether it still needs a decision
-- grain: one row per distinct raw value; creates a TEMP table
-- params: none (reads the registered DataFrame _ingest_region_df); identifiers (quoted by gema.core.sql): table
CREATE OR REPLACE TEMP TABLE {{ident:table}} AS
SELECT CAST(raw AS VARCHAR) AS raw, CAST(kode AS VARCHAR[]) AS kode, CAST(bad AS BOOLEAN) AS bad
FROM _ingest_region_df;
