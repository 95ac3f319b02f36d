-- 070_skm: additions for the SKM import (issue 4).
-- skm_recaps keeps, like every other table, the uploaded columns the mapping did not use, and
-- records how each NRR was given: 'nrr' (mean score 1..4) or 'weighted' (NRR x weight, as many
-- agency recaps print "NRR tertimbang"); for 'weighted' the weight used to convert back is kept.
ALTER TABLE skm_recaps ADD COLUMN extra JSON;
ALTER TABLE skm_recaps ADD COLUMN nrr_given VARCHAR DEFAULT 'nrr';
ALTER TABLE skm_recaps ADD COLUMN weight DOUBLE;
