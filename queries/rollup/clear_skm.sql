-- purpose: empty the skm roll-up before a full rebuild
-- grain:   deletes every rollup_skm row
-- params:  none
DELETE FROM rollup_skm;
