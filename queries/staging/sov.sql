-- staging/sov: share of voice, counted once for creators/sov_campaign and creators/sov_kabkota.
-- purpose: posts and reach by source (ICN, OPD, media, other; account_info, 140) per campaign
--          and kab/kota; sov_kabkota adds the campaigns up per kab/kota
-- grain:   one row per (campaign, kabkota) with posts under the filters; posts without a
--          campaign are one row with campaign NULL, province-wide posts have kabkota NULL
-- params:  start_ end_ kabkota_ campaign_ platform_ (as posts_in, 051)
-- reach_* are 0 where no post reports reach; icn_reach_reported keeps NULL there (the
-- campaign table shows no ICN share rather than 0 % for a campaign without ICN reach).
-- Applied by gema.core.store.migrate on every writable connect (CREATE OR REPLACE).
CREATE OR REPLACE MACRO sov_in(start_, end_, kabkota_, campaign_, platform_) AS TABLE
    WITH p AS (
        SELECT e.campaign, e.kabkota, e.reach, coalesce(a.source, 'lainnya') AS source
        FROM posts_in(start_, end_, kabkota_, campaign_, platform_) e
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
           sum(reach) FILTER (WHERE source = 'icn') AS icn_reach_reported
    FROM p
    GROUP BY campaign, kabkota;
