-- purpose: share of voice per campaign and kab/kota: posts and reach by source; posts without a
--          campaign are one row with campaign NULL, province-wide posts have kabkota NULL
-- grain:   one row per (campaign, kabkota) with posts under the filters
-- params:  $start $end $kabkota $campaign $platform
WITH p AS (
    SELECT e.campaign, e.kabkota, e.reach, coalesce(a.source, 'lainnya') AS source
    FROM posts_in($start, $end, $kabkota, $campaign, $platform) e
    LEFT JOIN account_info a ON a.platform = e.platform AND a.handle = e.account
)
SELECT campaign, kabkota,
       count(*) AS posts,
       count(*) FILTER (WHERE source = 'icn') AS posts_icn,
       count(*) FILTER (WHERE source = 'opd') AS posts_opd,
       count(*) FILTER (WHERE source = 'media') AS posts_media,
       count(*) FILTER (WHERE source = 'lainnya') AS posts_other,
       coalesce(sum(reach), 0) AS reach,
       coalesce(sum(reach) FILTER (WHERE source = 'icn'), 0) AS reach_icn,
       coalesce(sum(reach) FILTER (WHERE source = 'opd'), 0) AS reach_opd,
       coalesce(sum(reach) FILTER (WHERE source = 'media'), 0) AS reach_media,
       coalesce(sum(reach) FILTER (WHERE source = 'lainnya'), 0) AS reach_other,
       sum(reach) FILTER (WHERE source = 'icn') / nullif(sum(reach), 0) AS icn_share
FROM p
GROUP BY campaign, kabkota
ORDER BY campaign NULLS LAST, reach DESC, kabkota NULLS LAST;
