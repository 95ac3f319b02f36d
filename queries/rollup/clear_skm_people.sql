-- purpose: empty the skm people roll-up before a full rebuild
-- grain:   deletes every rollup_skm_people row
-- params:  none
DELETE FROM rollup_skm_people;
