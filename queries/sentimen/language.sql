-- purpose: the language of each text (id Indonesian, su Sundanese, jv Javanese, other) from
--          weighted marker words (data/language/markers.csv: function words and very common words
--          that are typical of one language); the highest total wins, ties go to Indonesian;
--          English markers or no marker at all give 'other', except that a text whose words the
--          Indonesian dictionary knows counts as Indonesian ("jalan rusak parah")
-- grain:   one row per input text id, into the temp table sentiment_lang (read by score)
-- params:  none; reads sentiment_tokens, sentiment_dict and language_markers(tok, lang, weight)
CREATE OR REPLACE TEMP TABLE sentiment_lang AS
WITH hits AS (
    SELECT k.id, m.lang, sum(m.weight) AS weight
    FROM sentiment_tokens AS k
    JOIN language_markers AS m USING (tok)
    GROUP BY k.id, m.lang
),
best AS (
    SELECT id, arg_max(lang, weight + CASE lang WHEN 'id' THEN 0.01 ELSE 0 END) AS lang
    FROM hits
    GROUP BY id
),
known AS (
    SELECT k.id, count(*) AS n
    FROM sentiment_tokens AS k
    JOIN sentiment_dict AS d USING (tok)
    WHERE (d.for_sentiment OR d.for_topic) AND regexp_matches(k.tok, '^[a-z]')
    GROUP BY k.id
)
SELECT i.id,
       CASE WHEN b.lang = 'en' THEN 'other'
            WHEN b.lang IS NOT NULL THEN b.lang
            WHEN coalesce(n.n, 0) > 0 THEN 'id'
            ELSE 'other' END AS lang
FROM sentiment_input AS i
LEFT JOIN best AS b USING (id)
LEFT JOIN known AS n USING (id);
