-- purpose: the days a write touched, per table, until gema.core.rollups.refresh recomputes them
-- grain:   one row per (tbl, day) marked; TEMP: local to this connection, emptied by refresh
-- params:  none
CREATE TEMP TABLE IF NOT EXISTS rollup_dirty (tbl VARCHAR NOT NULL, day DATE NOT NULL);
