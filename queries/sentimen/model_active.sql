-- purpose: the active classifier (its version and bytes); no row = the lexicon method is active
-- grain:   at most one row
-- params:  none
SELECT version, model FROM sentiment_models WHERE active ORDER BY version DESC LIMIT 1;
