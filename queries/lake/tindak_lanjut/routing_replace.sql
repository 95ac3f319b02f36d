-- purpose: lake variant of tindak_lanjut/routing_replace (MERGE): set the OPD of one topic
--          (admin), inserting the topic when it is new
-- grain:   inserts or updates one opd_routing row
-- params:  $topic $opd $user
MERGE INTO opd_routing AS t
USING (SELECT $topic AS topic, $opd AS opd, $user AS updated_by, current_timestamp AS updated_at)
    AS excluded
ON t.topic = excluded.topic
WHEN MATCHED THEN UPDATE SET opd = excluded.opd, updated_by = excluded.updated_by,
    updated_at = excluded.updated_at
WHEN NOT MATCHED THEN INSERT (topic, opd, updated_by, updated_at)
    VALUES (excluded.topic, excluded.opd, excluded.updated_by, excluded.updated_at);
