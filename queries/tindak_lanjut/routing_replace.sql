-- purpose: set the OPD of one topic (admin), inserting the topic when it is new
-- grain:   inserts or updates one opd_routing row
-- params:  $topic $opd $user
INSERT INTO opd_routing (topic, opd, updated_by, updated_at)
VALUES ($topic, $opd, $user, current_timestamp)
ON CONFLICT (topic) DO UPDATE SET opd = EXCLUDED.opd, updated_by = EXCLUDED.updated_by,
    updated_at = EXCLUDED.updated_at;
