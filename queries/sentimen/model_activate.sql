-- purpose: make one classifier version the active method; version NULL switches every model off
--          (the lexicon method is then active)
-- grain:   updates every model row
-- params:  $version
UPDATE sentiment_models
SET active = coalesce(version = CAST($version AS INTEGER), false);
