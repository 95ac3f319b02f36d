-- purpose: the best-matching topic of each text from the keyword taxonomy (data/topics):
--          one- and two-word keywords on normalised tokens, weights summed per topic, the highest
--          total wins and ties go to the topic listed first in data/topics/topics.csv
-- grain:   one row per input text id that matched at least one keyword
-- params:  $min_weight the smallest summed weight that counts as a topic (below: no topic)
WITH kw AS (
    SELECT k.id, k.pos, d.key
    FROM sentiment_tokens AS k
    JOIN sentiment_dict AS d USING (tok)
    WHERE d.for_topic
),
t AS (
    SELECT id, pos, key,
           CASE WHEN lead(pos) OVER (PARTITION BY id ORDER BY pos) = pos + 1
                THEN lead(key) OVER (PARTITION BY id ORDER BY pos) END AS next_key
    FROM kw
),
hits AS (
    SELECT t.id, x.topic, x.weight, x.topic_order
    FROM t JOIN topic_keys AS x ON x.first = t.key AND x.second IS NULL
    UNION ALL
    SELECT t.id, x.topic, x.weight, x.topic_order
    FROM t JOIN topic_keys AS x ON x.first = t.key AND x.second = t.next_key
),
per_topic AS (
    SELECT id, topic, sum(weight) AS weight, min(topic_order) AS topic_order
    FROM hits
    GROUP BY id, topic
)
SELECT id, topic, weight
FROM per_topic
WHERE weight >= $min_weight
QUALIFY row_number() OVER (PARTITION BY id ORDER BY weight DESC, topic_order) = 1;
