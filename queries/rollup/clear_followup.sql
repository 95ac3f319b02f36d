-- purpose: empty the follow-up roll-up before a full rebuild
-- grain:   deletes every rollup_followup row
-- params:  none
DELETE FROM rollup_followup;
