-- purpose: store one computed alert unless the same alert (day, place, topic, kind) is kept
-- grain:   inserts at most one alerts row
-- params:  $date $kabkota $topic $kind $count $expected $usual_low $usual_high $ratio $score
--          $negative_share $usual_negative $top_words
INSERT INTO alerts (date, kabkota, topic, kind, count, expected, usual_low, usual_high, ratio,
                    score, negative_share, usual_negative, top_words)
SELECT $date, $kabkota, $topic, $kind, $count, $expected, $usual_low, $usual_high, $ratio,
       $score, $negative_share, $usual_negative, $top_words
WHERE NOT EXISTS (
    SELECT 1 FROM alerts
    WHERE date = $date AND kabkota = $kabkota AND topic IS NOT DISTINCT FROM $topic AND kind = $kind
);
