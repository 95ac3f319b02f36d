-- purpose: everything the classifier learns from: staff corrections of sentiment (the corrected
--          label on the feedback row) and imported labelled examples
-- grain:   one row per example (text, sentiment, origin 'correction' | 'import')
-- params:  none
SELECT text, sentiment, 'correction' AS origin
FROM feedback
WHERE sentiment_source = 'corrected' AND sentiment IS NOT NULL AND trim(text) <> ''
UNION ALL
SELECT text, sentiment, 'import' AS origin
FROM sentiment_examples
ORDER BY origin, text;
