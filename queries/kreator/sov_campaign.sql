-- purpose: share of voice per campaign and kab/kota: posts and reach by source; posts without a
--          campaign are one row with campaign NULL, province-wide posts have kabkota NULL
-- grain:   one row per (campaign, kabkota) with posts under the filters
-- params:  $start $end $kabkota $campaign $platform
-- The counting is sov_in (queries/staging/sov.sql), shared with creators/sov_kabkota.
SELECT campaign, kabkota, posts, posts_icn, posts_opd, posts_media, posts_other,
       reach, reach_icn, reach_opd, reach_media, reach_other,
       icn_reach_reported / nullif(reach, 0) AS icn_share
FROM sov_in($start, $end, $kabkota, $campaign, $platform)
ORDER BY campaign NULLS LAST, reach DESC, kabkota NULLS LAST;
