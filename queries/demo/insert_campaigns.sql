-- purpose: load the generated demo campaigns from the registered frame demo_campaigns
-- grain:   one row per campaign
-- params:  $batch_id
INSERT INTO campaigns (name, theme, opd, start_date, end_date, target_kabkota, budget, batch_id,
                       extra)
SELECT name, theme, opd, CAST(start_date AS DATE), CAST(end_date AS DATE),
       CAST(target_kabkota AS VARCHAR[]), CAST(budget AS BIGINT), $batch_id,
       json_object('hashtag', hashtag)
FROM demo_campaigns;
