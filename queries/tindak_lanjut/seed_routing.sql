-- purpose: fill the topic → OPD routing table from data/reference/opd_routing.csv on creation
-- grain:   one row per topic
-- params:  $path  path of the reference CSV
INSERT INTO opd_routing (topic, opd, updated_by, updated_at)
SELECT topic, opd, 'seed', current_timestamp
FROM read_csv($path, header = true, all_varchar = true)
WHERE topic NOT IN (SELECT topic FROM opd_routing);
