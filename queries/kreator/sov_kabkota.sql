-- purpose: share of voice per kab/kota: posts and reach that name the kab/kota, by source
--          (ICN, OPD, media, other), the ICN share of reach (the map measure "porsi ICN") and
--          reach per 1,000 residents (where the province is heard least)
-- grain:   one row per kab/kota of the regions table (all of them, also without posts);
--          province-wide posts (kabkota NULL) are not in any row
-- params:  $start $end $campaign $platform (the kab/kota filter is ignored on purpose)
WITH p AS (
    SELECT e.kabkota, e.reach, coalesce(a.source, 'lainnya') AS source
    FROM posts_in($start, $end, []::VARCHAR[], $campaign, $platform) e
    LEFT JOIN account_info a ON a.platform = e.platform AND a.handle = e.account
    WHERE e.kabkota IS NOT NULL
), agg AS (
    SELECT kabkota,
           count(*) AS posts,
           count(*) FILTER (WHERE source = 'icn') AS posts_icn,
           count(*) FILTER (WHERE source = 'opd') AS posts_opd,
           count(*) FILTER (WHERE source = 'media') AS posts_media,
           count(*) FILTER (WHERE source = 'lainnya') AS posts_other,
           coalesce(sum(reach), 0) AS reach,
           coalesce(sum(reach) FILTER (WHERE source = 'icn'), 0) AS reach_icn,
           coalesce(sum(reach) FILTER (WHERE source = 'opd'), 0) AS reach_opd,
           coalesce(sum(reach) FILTER (WHERE source = 'media'), 0) AS reach_media,
           coalesce(sum(reach) FILTER (WHERE source = 'lainnya'), 0) AS reach_other
    FROM p
    GROUP BY kabkota
)
SELECT r.kode, r.nama, r.population,
       coalesce(a.posts, 0) AS posts,
       coalesce(a.posts_icn, 0) AS posts_icn,
       coalesce(a.posts_opd, 0) AS posts_opd,
       coalesce(a.posts_media, 0) AS posts_media,
       coalesce(a.posts_other, 0) AS posts_other,
       coalesce(a.reach, 0) AS reach,
       coalesce(a.reach_icn, 0) AS reach_icn,
       coalesce(a.reach_opd, 0) AS reach_opd,
       coalesce(a.reach_media, 0) AS reach_media,
       coalesce(a.reach_other, 0) AS reach_other,
       a.reach_icn / nullif(a.reach, 0) AS icn_share,
       100.0 * a.reach_icn / nullif(a.reach, 0) AS icn_share_pct,
       1000.0 * coalesce(a.reach, 0) / nullif(r.population, 0) AS reach_per_1000
FROM regions r
LEFT JOIN agg a ON a.kabkota = r.kode
ORDER BY r.kode;
