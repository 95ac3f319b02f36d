-- purpose: empty one lake table before migrate-to-lake copies the file's rows into it (the
--          reference tables the lake's migrations seeded: the file's own, possibly edited, win)
-- grain:   deletes every row of one table
-- params:  none (identifier: table)
DELETE FROM {{ident:table}};
