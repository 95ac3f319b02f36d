-- purpose: how many examples the classifier would learn from, by origin
-- grain:   one row: corrections, imports
-- params:  none
SELECT (SELECT count(*) FROM feedback
        WHERE sentiment_source = 'corrected' AND sentiment IS NOT NULL) AS corrections,
       (SELECT count(*) FROM sentiment_examples) AS imports;
