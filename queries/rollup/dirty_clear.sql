-- purpose: forget the marked days once recomputed
-- grain:   deletes every rollup_dirty row
-- params:  none
DELETE FROM rollup_dirty;
