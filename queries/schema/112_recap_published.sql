-- 112_recap_published: what a real IKM recap says about itself (issue 11), kept beside our NRR.
-- Grain: skm_recaps stays one row per unit-period per unsur; these columns repeat on every unsur
-- row of the unit-period. Params: none.
--   published_ikm / published_mutu / published_kinerja: the agency's own 'Nilai Indeks',
--     'Mutu Pelayanan', 'Kinerja Unit Pelayanan' as printed (compared, never used as ours);
--   is_total: the file's own total row (kabupaten name in the 'No' column, empty unit), kept to
--     compare with our aggregate; never counted as a unit;
--   period_label: the period as the file (or its sheet name) writes it, e.g. '2022 C'.
ALTER TABLE skm_recaps ADD COLUMN published_ikm DOUBLE;
ALTER TABLE skm_recaps ADD COLUMN published_mutu VARCHAR;
ALTER TABLE skm_recaps ADD COLUMN published_kinerja VARCHAR;
ALTER TABLE skm_recaps ADD COLUMN is_total BOOLEAN DEFAULT false;
ALTER TABLE skm_recaps ADD COLUMN period_label VARCHAR;
