-- purpose: a kab/kota's feedback topics with the most feedback in the period (map profile)
-- grain:   one row per topic (NULL = not yet labelled), at most $limit rows, most feedback first
-- params:  $start $end $kode $channel $limit
SELECT topic,
       count(*) AS feedback,
       count(*) FILTER (WHERE sentiment = 'positif') AS positif,
       count(*) FILTER (WHERE sentiment = 'negatif') AS negatif
FROM feedback_in($start, $end, []::VARCHAR[], $channel)
WHERE kabkota = $kode
GROUP BY topic
ORDER BY feedback DESC, topic NULLS LAST
LIMIT $limit;
