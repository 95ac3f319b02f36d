-- purpose: how many respondents the current SKM load wrote (rows of TEMP table skm_keys)
-- grain:   one row
-- params:  none
SELECT count(*) FROM skm_keys;
