-- purpose: free the token and language tables of the last labelling run on the private
--          in-memory connection
-- grain:   none (drops the temp tables sentiment_tokens and sentiment_lang)
-- params:  none
DROP TABLE IF EXISTS sentiment_tokens;
DROP TABLE IF EXISTS sentiment_lang;
