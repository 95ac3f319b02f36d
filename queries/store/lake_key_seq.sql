-- purpose: this cursor's own counter for one key sequence (gema.core.lake), if it has none yet
-- grain:   none (a TEMP sequence)
-- params:  none (identifier: seq)
CREATE TEMP SEQUENCE IF NOT EXISTS {{ident:seq}} START 1;
