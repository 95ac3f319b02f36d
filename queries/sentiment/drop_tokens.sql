-- purpose: free the token table of the last labelling run on the private in-memory connection
-- grain:   none (drops the temp table sentiment_tokens)
-- params:  none
DROP TABLE IF EXISTS sentiment_tokens;
