-- purpose: remove one topic from the routing table (admin)
-- grain:   deletes at most one opd_routing row
-- params:  $topic
DELETE FROM opd_routing WHERE topic = $topic;
