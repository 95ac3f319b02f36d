-- purpose: the vocabulary of the texts being labelled, normalised once per distinct token in
--          Python (slang, elongation, typos, affixes) instead of once per occurrence
-- grain:   one row per distinct token in sentiment_tokens
-- params:  none
SELECT DISTINCT tok FROM sentiment_tokens;
