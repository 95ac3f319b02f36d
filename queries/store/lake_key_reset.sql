-- purpose: restart this cursor's counter for one key sequence at the start of a write transaction
-- grain:   none (a TEMP sequence)
-- params:  none (identifier: seq)
CREATE OR REPLACE TEMP SEQUENCE {{ident:seq}} START 1;
