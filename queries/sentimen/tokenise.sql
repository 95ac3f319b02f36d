-- purpose: split each input text into lower-case word, punctuation and emoji tokens with their
--          position, into the temp table sentiment_tokens (read by score and topic_scores)
-- grain:   one row per token of one input text (id, pos)
-- params:  none; reads the relation sentiment_input(id BIGINT, text VARCHAR) registered by
--          gema.sentiment on a private in-memory connection
CREATE OR REPLACE TEMP TABLE sentiment_tokens AS
WITH input AS (
    SELECT id, CAST(text AS VARCHAR) AS text FROM sentiment_input
),
prepared AS (
    SELECT id,
           CASE WHEN contains(text, '@') OR contains(text, '://') OR contains(text, 'www.')
                THEN regexp_replace(lower(text), 'https?://\S+|www\.\S+|@\w+', ' ', 'g')
                ELSE lower(text) END AS t
    FROM input
    WHERE text IS NOT NULL
),
split AS (
    -- words, punctuation that ends a clause, and single non-ASCII symbols (emoji); variation
    -- selectors, zero-width joiners and skin tones are left out: they carry no sentiment
    SELECT id,
           regexp_extract_all(
               t, '[a-z0-9]+|[?!.,;:]|[^\x00-\x7f\s\x{FE0E}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}]'
           ) AS tk
    FROM prepared
)
SELECT id, unnest(range(1, len(tk) + 1)) AS pos, unnest(tk) AS tok
FROM split;
