-- purpose: copy-paste comment bursts: the same or near-same text (compared after lower case,
--          links, @mentions, punctuation and spacing are removed) from at least $burst_authors
--          different authors within $burst_minutes minutes. Texts shorter than $burst_chars
--          (after cleaning) are left out: "mantap" from many people is normal.
--          A flag to check, never a verdict.
-- grain:   one row per cleaned text with a burst: its busiest window
-- params:  $start $end $kabkota $channel $burst_authors $burst_minutes $burst_chars
WITH f AS MATERIALIZED (   -- cleaned once: links and mentions only where there are any
    SELECT feedback_key, received_at, channel, author, text, post_id,
           trim(regexp_replace(
               CASE WHEN regexp_matches(text, '@|://|www\.')
                    THEN regexp_replace(lower(text), 'https?://\S+|www\.\S+|@[\w.]+', ' ', 'g')
                    ELSE lower(text) END,
               '[^\p{L}\p{N}]+', ' ', 'g')) AS norm
    FROM feedback_rows_in($start, $end, $kabkota, $channel)
    WHERE author IS NOT NULL AND channel <> 'FGD'
), k AS (   -- only texts written by enough authors at all are worth the window search
    SELECT norm
    FROM f
    WHERE strlen(norm) >= $burst_chars
    GROUP BY norm
    HAVING count(DISTINCT author) >= $burst_authors
), w AS (
    SELECT a.norm, a.received_at AS window_start,
           count(DISTINCT b.author) AS authors,
           count(*) AS comments,
           max(b.received_at) AS window_end
    FROM f a
    JOIN f b ON b.norm = a.norm
            AND b.received_at >= a.received_at
            AND b.received_at <= a.received_at + to_minutes(CAST($burst_minutes AS BIGINT))
    WHERE a.norm IN (SELECT norm FROM k)
    GROUP BY a.norm, a.received_at
), best AS (
    SELECT norm, arg_max(window_start, [authors, comments]) AS window_start,
           max(authors) AS authors
    FROM w
    GROUP BY norm
    HAVING max(authors) >= $burst_authors
)
SELECT best.norm, best.window_start, max(f.received_at) AS window_end, best.authors,
       count(*) AS comments,
       any_value(f.text) AS example,
       string_agg(DISTINCT f.channel, ', ' ORDER BY f.channel) AS channels,
       list(DISTINCT f.author ORDER BY f.author)[1:5] AS some_authors,
       mode(f.post_id) AS post_id,
       any_value(p.platform) AS platform,
       any_value(p.account) AS account
FROM best
JOIN f ON f.norm = best.norm
      AND f.received_at >= best.window_start
      AND f.received_at <= best.window_start + to_minutes(CAST($burst_minutes AS BIGINT))
LEFT JOIN posts p ON p.post_id = f.post_id AND f.post_id IS NOT NULL
GROUP BY best.norm, best.window_start, best.authors
ORDER BY best.authors DESC, best.window_start;
