-- 190_feedback_area: complaint and incident logs (112, LAPOR!) name the kecamatan and/or
-- desa/kelurahan of a report, by name or Kemendagri code, often without a kab/kota column
-- (issue 11). Both are kept with the row as written; when the row has no kab/kota, the importer
-- fills it from them (gema/core/regions.py, data/reference/kecamatan.csv and desa.csv, ODbL).
-- Grain: two nullable columns on feedback. Params: none.
ALTER TABLE feedback ADD COLUMN IF NOT EXISTS kecamatan VARCHAR;
ALTER TABLE feedback ADD COLUMN IF NOT EXISTS desa VARCHAR;
