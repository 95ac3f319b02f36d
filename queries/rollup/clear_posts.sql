-- purpose: empty the posts roll-up before a full rebuild
-- grain:   deletes every rollup_posts row
-- params:  none
DELETE FROM rollup_posts;
