-- purpose: the map's metric values per kab/kota: reach, engagements, posts, active accounts,
--          feedback, sentiment counts, net sentiment and the per-resident rates (population from
--          the editable regions table, never from code)
-- grain:   one row per kab/kota in the regions table (8 rows), also those without any data
-- reads:   the roll-ups (feedback_rollup_in / posts_rollup_in, queries/staging/rollup.sql)
-- params:  $start $end $campaign $platform $channel
-- notes:   the kab/kota filter is deliberately not applied: the map always shows all 8 and marks
--          the filtered ones. Province-wide posts (kabkota NULL) and feedback of unknown place are
--          not on the map (see map/unmapped). reach = sum of reported reach (as the dashboards);
--          net sentiment = (positif − negatif) ÷ labelled feedback × 100, from −100 to +100.
WITH p AS (
    SELECT kabkota AS kode,
           sum(posts)::BIGINT AS posts,
           coalesce(sum(reach), 0) AS reach,
           sum(engagements) AS engagements,
           gema_active_accounts(platform, account) AS active_accounts
    FROM posts_rollup_in($start, $end, []::VARCHAR[], $campaign, $platform)
    WHERE kabkota IS NOT NULL
    GROUP BY kabkota
), f AS (
    SELECT kabkota AS kode,
           sum(feedback)::BIGINT AS feedback,
           coalesce(sum(feedback) FILTER (WHERE sentiment IS NOT NULL), 0)::BIGINT AS labelled,
           coalesce(sum(feedback) FILTER (WHERE sentiment = 'positif'), 0)::BIGINT AS positif,
           coalesce(sum(feedback) FILTER (WHERE sentiment = 'negatif'), 0)::BIGINT AS negatif
    FROM feedback_rollup_in($start, $end, []::VARCHAR[], $channel)
    WHERE kabkota IS NOT NULL
    GROUP BY kabkota
)
SELECT r.kode,
       r.nama,
       r.population,
       r.population_year,
       coalesce(p.posts, 0) AS posts,
       coalesce(p.active_accounts, 0) AS active_accounts,
       coalesce(p.reach, 0) AS reach,
       coalesce(p.reach, 0) * 1000.0 / nullif(r.population, 0) AS reach_per_1000,
       coalesce(p.engagements, 0) AS engagements,
       coalesce(f.feedback, 0) AS feedback,
       coalesce(f.feedback, 0) * 100000.0 / nullif(r.population, 0) AS feedback_per_100k,
       coalesce(f.labelled, 0) AS labelled,
       coalesce(f.positif, 0) AS positif,
       coalesce(f.negatif, 0) AS negatif,
       100.0 * (f.positif - f.negatif) / nullif(f.labelled, 0) AS net_sentiment
FROM regions r
LEFT JOIN p ON p.kode = r.kode
LEFT JOIN f ON f.kode = r.kode
ORDER BY r.kode;
