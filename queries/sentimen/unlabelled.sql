-- purpose: feedback rows that still lack a sentiment or a topic label, for gema.sentiment to
--          label; rows labelled 'uploaded' or 'corrected' never come back for that label
-- grain:   one row per feedback row needing at least one label (or its language)
-- params:  $batch_id only rows of that import batch; NULL = every batch (and typed-in rows)
SELECT feedback_key, text,
       (sentiment IS NULL AND coalesce(sentiment_source, '') NOT IN ('uploaded', 'corrected'))
       OR (topic IS NULL AND coalesce(topic_source, '') NOT IN ('uploaded', 'corrected'))
           AS needs_label
FROM feedback
WHERE (CAST($batch_id AS BIGINT) IS NULL OR batch_id = CAST($batch_id AS BIGINT))
  AND ((sentiment IS NULL AND coalesce(sentiment_source, '') NOT IN ('uploaded', 'corrected'))
       OR (topic IS NULL AND coalesce(topic_source, '') NOT IN ('uploaded', 'corrected'))
       OR language IS NULL);
