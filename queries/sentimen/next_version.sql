-- purpose: the version number for the next trained classifier
-- grain:   one value
-- params:  none
SELECT coalesce(max(version), 0) + 1 FROM sentiment_models;
