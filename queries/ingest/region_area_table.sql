-- purpose: the rows whose kecamatan/desa fill an empty kab/kota (kode) or raise a problem ('region': ambiguous name to choose; 'check': contradicts the row's own kab/kota)
-- grain: one row per such source row; creates a TEMP table
-- params: none (reads the registered DataFrame _ingest_area_df)
CREATE OR REPLACE TEMP TABLE ingest_region_area AS
SELECT CAST(_row AS BIGINT) AS _row, CAST(kode AS VARCHAR) AS kode, CAST(ord AS INTEGER) AS ord,
       CAST(field AS VARCHAR) AS field, CAST(problem AS VARCHAR) AS problem,
       CAST(value AS VARCHAR) AS value
FROM _ingest_area_df;
