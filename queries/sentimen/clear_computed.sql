-- purpose: forget computed sentiment and topic labels (of one batch, or all) so they can be
--          computed again after the lexicon or taxonomy was edited; uploaded and corrected
--          labels are never touched
-- grain:   updates feedback rows with at least one computed label (returns the count)
-- params:  $batch_id only rows of that import batch; NULL = every row
UPDATE feedback
SET sentiment = CASE WHEN sentiment_source = 'computed' THEN NULL ELSE sentiment END,
    sentiment_score = CASE WHEN sentiment_source = 'computed' THEN NULL ELSE sentiment_score END,
    sentiment_source = CASE WHEN sentiment_source = 'computed' THEN NULL ELSE sentiment_source END,
    topic = CASE WHEN topic_source = 'computed' THEN NULL ELSE topic END,
    topic_source = CASE WHEN topic_source = 'computed' THEN NULL ELSE topic_source END,
    language = NULL
WHERE (CAST($batch_id AS BIGINT) IS NULL OR batch_id = CAST($batch_id AS BIGINT))
  AND (sentiment_source = 'computed' OR topic_source = 'computed');
