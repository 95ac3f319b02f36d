-- 050_dashboard_views: the labels the dashboards read.
-- A staff correction (label_corrections, latest per feedback row and field wins) overrides the
-- uploaded or computed label, even if an automatic labeller later writes the feedback row again.

-- One row per feedback row, with corrected sentiment/topic/status applied.
CREATE VIEW feedback_effective AS
WITH latest AS (
    SELECT feedback_key, field, arg_max(new_value, correction_id) AS value
    FROM label_corrections
    GROUP BY feedback_key, field
), corrected AS (
    SELECT feedback_key,
           bool_or(field = 'sentiment') AS has_sentiment,
           max(value) FILTER (WHERE field = 'sentiment') AS sentiment,
           bool_or(field = 'topic') AS has_topic,
           max(value) FILTER (WHERE field = 'topic') AS topic,
           bool_or(field = 'status') AS has_status,
           max(value) FILTER (WHERE field = 'status') AS status
    FROM latest
    GROUP BY feedback_key
)
SELECT f.feedback_key,
       f.received_at,
       f.channel,
       f.kabkota,
       CASE WHEN c.has_topic THEN c.topic ELSE f.topic END AS topic,
       CASE WHEN c.has_topic THEN 'corrected' ELSE f.topic_source END AS topic_source,
       f.text,
       f.author,
       f.author_type,
       CASE WHEN c.has_sentiment THEN c.sentiment ELSE f.sentiment END AS sentiment,
       CASE WHEN c.has_sentiment THEN 'corrected' ELSE f.sentiment_source END AS sentiment_source,
       CASE WHEN c.has_status THEN c.status ELSE f.status END AS status,
       f.status_updated_at,
       f.feedback_id,
       f.post_id,
       f.fgd_session_id,
       f.batch_id
FROM feedback f
LEFT JOIN corrected c ON c.feedback_key = f.feedback_key;
