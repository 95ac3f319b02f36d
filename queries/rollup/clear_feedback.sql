-- purpose: empty the feedback roll-up before a full rebuild
-- grain:   deletes every rollup_feedback row
-- params:  none
DELETE FROM rollup_feedback;
