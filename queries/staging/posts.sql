-- staging/posts: the post formulas every reach query uses, each written once here.
-- purpose: engagements, views, the engagement-rate parts and the active-account count as
--          macros, so a dashboard, map or export query never spells a formula out again
-- grain:   scalar macros work on one post row; aggregate macros (gema_reach_er_*, gema_active_accounts)
--          on the rows of the caller's GROUP BY
-- params:  the macros' own arguments (columns of posts); no $ parameters
-- Applied by gema.core.store.migrate on every writable connect, after the numbered migrations
-- (CREATE OR REPLACE: idempotent). Argument names end in '_' so they never shadow a column.

-- Engagements of one post as the dashboards and the map count them: likes + comments + shares
-- + saves, a missing count read as 0 (a post reporting none counts 0). The sum itself is
-- written once, in gema_engagements (migration 140), which is NULL when a post reports none of
-- the four (the creator scorecard leaves such a post out of its rate); this is that value or 0.
CREATE OR REPLACE MACRO gema_engagements_or_0(likes_, comments_, shares_, saves_) AS
    coalesce(gema_engagements(likes_, comments_, shares_, saves_), 0);

-- Views of one post: impressions where the platform reports them, else video views.
CREATE OR REPLACE MACRO gema_views(impressions_, views_) AS
    coalesce(impressions_, views_);

-- Engagement-rate numerator on the reach basis (the dashboards; the creator scorecard has its
-- own per-platform basis, gema_er_basis/gema_er_denominator in 140): engagements of the posts
-- that report reach (> 0) only, so a post without reach never inflates the rate. NULL when no
-- post in the group reports reach.
CREATE OR REPLACE MACRO gema_reach_er_numerator(engagements_, reach_) AS
    sum(engagements_) FILTER (WHERE reach_ > 0);

-- Engagement-rate denominator: the reach of those same posts.
CREATE OR REPLACE MACRO gema_reach_er_denominator(reach_) AS
    sum(reach_) FILTER (WHERE reach_ > 0);

-- Active accounts: distinct (platform, handle) pairs among posts with a known handle. Exact
-- (no hash) and a NULL platform or handle never counts.
CREATE OR REPLACE MACRO gema_active_accounts(platform_, account_) AS
    count(DISTINCT (platform_, account_)) FILTER (WHERE platform_ IS NOT NULL AND account_ IS NOT NULL);

-- Per posting account (platform, handle) under the filters: posts, reach (0 where none is
-- reported), engagements and the reach-basis ER parts. Posts without a handle are left out.
-- Read by dashboard/creators (the leaderboard) and map/profile_creators (a kab/kota's voices).
-- params: start_ end_ kabkota_ campaign_ platform_ (as posts_in, 051)
CREATE OR REPLACE MACRO account_posts_in(start_, end_, kabkota_, campaign_, platform_) AS TABLE
    SELECT platform,
           account,
           count(*) AS posts,
           coalesce(sum(reach), 0) AS reach,
           sum(gema_engagements_or_0(likes, comments, shares, saves)) AS engagements,
           gema_reach_er_numerator(gema_engagements_or_0(likes, comments, shares, saves), reach)
               AS er_numerator,
           gema_reach_er_denominator(reach) AS er_denominator
    FROM posts_in(start_, end_, kabkota_, campaign_, platform_)
    WHERE account IS NOT NULL
    GROUP BY platform, account;
