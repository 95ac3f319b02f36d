-- purpose: the watermark at 0, so the read macros take every row from the base tables (a
--          DuckLake, where the roll-ups are not kept: gema.core.rollups.kept)
-- grain:   writes; one row per base table in rollup_state
-- params:  none
UPDATE rollup_state SET watermark = 0;
