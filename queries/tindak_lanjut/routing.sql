-- purpose: the topic → OPD routing table (reference data an admin edits)
-- grain:   one row per topic
-- params:  none
SELECT topic, opd, updated_by, updated_at FROM opd_routing ORDER BY topic;
