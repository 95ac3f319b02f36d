-- purpose: share of voice per kab/kota: posts and reach that name the kab/kota, by source
--          (ICN, OPD, media, other), the ICN share of reach (the map measure "porsi ICN") and
--          reach per 1,000 residents (where the province is heard least)
-- grain:   one row per kab/kota of the regions table (all of them, also without posts);
--          province-wide posts (kabkota NULL) are not in any row
-- params:  $start $end $campaign $platform (the kab/kota filter is ignored on purpose)
-- The counting is sov_in (queries/staging/sov.sql, per campaign and kab/kota), added up here.
WITH agg AS (
    SELECT kabkota,
           CAST(sum(posts) AS BIGINT) AS posts,
           CAST(sum(posts_icn) AS BIGINT) AS posts_icn,
           CAST(sum(posts_opd) AS BIGINT) AS posts_opd,
           CAST(sum(posts_media) AS BIGINT) AS posts_media,
           CAST(sum(posts_other) AS BIGINT) AS posts_other,
           sum(reach) AS reach,
           sum(reach_icn) AS reach_icn,
           sum(reach_opd) AS reach_opd,
           sum(reach_media) AS reach_media,
           sum(reach_other) AS reach_other
    FROM sov_in($start, $end, []::VARCHAR[], $campaign, $platform)
    WHERE kabkota IS NOT NULL
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
