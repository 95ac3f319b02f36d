-- purpose: one half of the 'sebelum / sesudah' card of an agenda event: reach of the posts and
--          the aspirations with their sentiment in [$s, $e), in the event's kab/kota
--          ($kabkota empty = all Banten; posts_in then also counts province-wide posts)
-- grain:   one row
-- params:  $s $e $kabkota
SELECT (SELECT sum(reach) FROM posts_in($s, $e, $kabkota, []::VARCHAR[], []::VARCHAR[])) AS reach,
       count(*) AS feedback,
       count(*) FILTER (WHERE sentiment = 'positif') AS positif,
       count(*) FILTER (WHERE sentiment = 'negatif') AS negatif,
       count(sentiment) AS labelled
FROM feedback_in($s, $e, $kabkota, []::VARCHAR[]);
