-- purpose: write computed sentiment and topic labels into feedback, only where that label is
--          still empty; 'uploaded' and 'corrected' labels are never overwritten
-- grain:   updates one feedback row per row of sentiment_labels (returns the count updated)
-- params:  none; reads the relation sentiment_labels(feedback_key, sentiment, sentiment_score,
--          topic, language) registered by gema.sentiment.label_feedback; the language is
--          always written
UPDATE feedback AS f
SET sentiment = CASE WHEN f.sentiment IS NULL
                          AND coalesce(f.sentiment_source, '') NOT IN ('uploaded', 'corrected')
                     THEN l.sentiment ELSE f.sentiment END,
    sentiment_score = CASE WHEN f.sentiment IS NULL
                                AND coalesce(f.sentiment_source, '') NOT IN ('uploaded', 'corrected')
                           THEN l.sentiment_score ELSE f.sentiment_score END,
    sentiment_source = CASE WHEN f.sentiment IS NULL
                                 AND coalesce(f.sentiment_source, '') NOT IN ('uploaded', 'corrected')
                            THEN 'computed' ELSE f.sentiment_source END,
    topic = CASE WHEN f.topic IS NULL AND coalesce(f.topic_source, '') NOT IN ('uploaded', 'corrected')
                 THEN l.topic ELSE f.topic END,
    topic_source = CASE WHEN f.topic IS NULL
                             AND coalesce(f.topic_source, '') NOT IN ('uploaded', 'corrected')
                             AND l.topic IS NOT NULL
                        THEN 'computed' ELSE f.topic_source END,
    language = coalesce(l.language, f.language)
FROM sentiment_labels AS l
WHERE f.feedback_key = l.feedback_key
  AND ((f.sentiment IS NULL AND coalesce(f.sentiment_source, '') NOT IN ('uploaded', 'corrected'))
       OR (f.topic IS NULL AND coalesce(f.topic_source, '') NOT IN ('uploaded', 'corrected'))
       OR f.language IS NULL);
