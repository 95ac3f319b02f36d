-- purpose: empty the content-table candidates before a full rebuild
-- grain:   deletes every rollup_top_posts row
-- params:  none
DELETE FROM rollup_top_posts;
