-- purpose: the creator scorecard: per account, posts, reach, views, engagements, the engagement
--          rate on the platform's own basis (posts without the basis figure left out and
--          counted), cost and cost per result over the posts whose cost is known, activity,
--          best post and the kab/kota its posts target
-- grain:   one row per (platform, account) with at least one post under the filters
-- params:  $start $end $kabkota $campaign $platform $sources (list of icn/opd/media/lainnya;
--          empty = all)
WITH p AS (
    SELECT *,
           engagements IS NOT NULL AND er_denominator IS NOT NULL AS rated,
           CASE WHEN engagements IS NOT NULL AND er_denominator IS NOT NULL
                THEN engagements / er_denominator END AS post_rate
    FROM post_er_in($start, $end, $kabkota, $campaign, $platform)
    WHERE account IS NOT NULL
), per_account AS (
    SELECT platform,
           account,
           count(*) AS posts,
           sum(reach) AS reach,
           sum(views) AS views,
           sum(impressions) AS impressions,
           sum(engagements) AS engagements,
           any_value(er_basis) AS er_basis,
           count(*) FILTER (WHERE rated) AS er_posts,
           sum(engagements) FILTER (WHERE rated) AS er_numerator,
           sum(er_denominator) FILTER (WHERE rated) AS er_denominator,
           count(cost) AS cost_posts,
           sum(cost) AS cost,
           count(*) FILTER (WHERE cost IS NOT NULL AND engagements IS NOT NULL) AS cpe_posts,
           sum(cost) FILTER (WHERE cost IS NOT NULL AND engagements IS NOT NULL) AS cpe_cost,
           sum(engagements) FILTER (WHERE cost IS NOT NULL) AS cpe_engagements,
           count(*) FILTER (WHERE cost IS NOT NULL AND reach > 0) AS cpm_posts,
           sum(cost) FILTER (WHERE cost IS NOT NULL AND reach > 0) AS cpm_cost,
           sum(reach) FILTER (WHERE cost IS NOT NULL AND reach > 0) AS cpm_reach,
           count(DISTINCT date_trunc('week', published_at)) AS active_weeks,
           min(published_at) AS first_post,
           max(published_at) AS last_post,
           max(followers_at_post) AS followers_max,
           arg_max(followers_at_post, published_at) AS followers_latest,
           arg_max(followers_as_of, published_at) AS followers_as_of,
           arg_max(coalesce(title, post_id, url), [post_rate, engagements])
               FILTER (WHERE rated) AS best_title,
           arg_max(url, [post_rate, engagements]) FILTER (WHERE rated) AS best_url,
           arg_max(published_at, [post_rate, engagements]) FILTER (WHERE rated) AS best_date,
           max(post_rate) AS best_rate,
           count(kabkota) AS targeted_posts
    FROM p
    GROUP BY platform, account
), target AS (
    -- the kab/kota most of its posts name (ties: the lower code)
    SELECT platform, account, kabkota AS top_kabkota, n AS top_kabkota_posts
    FROM (SELECT platform, account, kabkota, count(*) AS n,
                 row_number() OVER (PARTITION BY platform, account
                                    ORDER BY count(*) DESC, kabkota) AS rk
          FROM p WHERE kabkota IS NOT NULL GROUP BY platform, account, kabkota)
    WHERE rk = 1
), home AS (
    SELECT p.platform, p.account, count(*) AS home_posts
    FROM p
    JOIN account_info a ON a.platform = p.platform AND a.handle = p.account
    WHERE p.kabkota = a.home_kabkota
    GROUP BY p.platform, p.account
)
SELECT s.platform,
       s.account AS handle,
       a.display_name,
       coalesce(a.account_type, 'lainnya') AS account_type,
       coalesce(a.is_icn, false) AS is_icn,
       coalesce(a.source, 'lainnya') AS source,
       a.home_kabkota,
       s.posts, s.reach, s.views, s.impressions, s.engagements,
       s.er_basis, s.er_posts, s.posts - s.er_posts AS er_posts_missing,
       s.er_numerator, s.er_denominator,
       s.er_numerator / nullif(s.er_denominator, 0) AS engagement_rate,
       s.cost_posts, s.cost,
       s.cpe_posts, s.cpe_cost / nullif(s.cpe_engagements, 0) AS cost_per_engagement,
       s.cpm_posts, 1000.0 * s.cpm_cost / nullif(s.cpm_reach, 0) AS cost_per_1000_reach,
       s.active_weeks, s.first_post, s.last_post,
       s.followers_latest, s.followers_as_of,
       s.best_title, s.best_url, s.best_date, s.best_rate,
       s.targeted_posts, t.top_kabkota, coalesce(t.top_kabkota_posts, 0) AS top_kabkota_posts,
       coalesce(h.home_posts, 0) AS home_posts
FROM per_account s
LEFT JOIN account_info a ON a.platform = s.platform AND a.handle = s.account
LEFT JOIN target t ON t.platform = s.platform AND t.account = s.account
LEFT JOIN home h ON h.platform = s.platform AND h.account = s.account
WHERE gema_allows($sources, coalesce(a.source, 'lainnya'))
ORDER BY s.engagements DESC NULLS LAST, s.platform, s.account;
