-- purpose: aspirations that say (nearly) the same as one row: same kab/kota, received within
--          $days days of it, and the same words (Jaccard similarity of their word sets at least
--          $min_similarity after lower-casing and dropping punctuation). Not yet closed.
-- grain:   one row per other feedback row in the group, most similar first
-- params:  $feedback_key $days $min_similarity
WITH me AS (
    SELECT feedback_key, kabkota, received_at,
           list_distinct(string_split_regex(trim(regexp_replace(lower(text), '[^a-z0-9]+', ' ', 'g')), ' ')) AS words
    FROM feedback_effective WHERE feedback_key = $feedback_key
), other AS (
    SELECT fe.feedback_key, fe.received_at, fe.channel, fe.status, fe.text,
           list_distinct(string_split_regex(trim(regexp_replace(lower(fe.text), '[^a-z0-9]+', ' ', 'g')), ' ')) AS words
    FROM feedback_effective fe, me
    WHERE fe.feedback_key <> me.feedback_key
      AND fe.kabkota = me.kabkota
      AND fe.received_at BETWEEN me.received_at - to_days($days::INTEGER)
                             AND me.received_at + to_days($days::INTEGER)
      AND fe.status NOT IN ('selesai', 'ditolak', 'duplikat')
)
SELECT o.feedback_key, o.received_at, o.channel, o.status, o.text,
       len(list_intersect(o.words, me.words))::DOUBLE
           / greatest(len(list_distinct(list_concat(o.words, me.words))), 1) AS similarity
FROM other o, me
WHERE len(list_intersect(o.words, me.words))::DOUBLE
          / greatest(len(list_distinct(list_concat(o.words, me.words))), 1) >= $min_similarity
ORDER BY similarity DESC, o.received_at
LIMIT 200;
