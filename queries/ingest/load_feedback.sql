-- purpose: insert the valid, non-duplicate staged feedback rows of one upload; labels that came with the file are marked 'uploaded'; a star rating (1..5), a point (lat/lon) and the kecamatan/desa as written are kept when the file has them
-- grain: one feedback row per staged row of TEMP view ingest_valid
-- params: $batch_id, $user
INSERT INTO feedback (received_at, channel, kabkota, topic, topic_source, text, author, author_type,
                      author_location, sentiment, sentiment_source, status, feedback_id, post_id,
                      rating, lat, lon, kecamatan, desa, batch_id, created_by, extra)
SELECT received_at, channel, kabkota, topic,
       CASE WHEN topic IS NOT NULL THEN 'uploaded' END,
       text, author, author_type, author_location, sentiment,
       CASE WHEN sentiment IS NOT NULL THEN 'uploaded' END,
       coalesce(status, 'baru'), feedback_id, post_id,
       rating, point.lat, point.lon, kecamatan, desa, $batch_id, $user, extra
FROM ingest_valid;
