-- purpose: one feedback row's follow-up: its state, the confirmed OPD, the OPD its topic routes
--          to (the suggestion), the reject reason and the duplicate link
-- grain:   at most one row
-- params:  $feedback_key
SELECT fe.feedback_key, fe.status, fe.topic, fe.kabkota, fe.received_at, fe.text,
       fs.opd, fs.opd_by, fs.opd_at, fs.reject_reason, fs.duplicate_of, r.opd AS suggested_opd
FROM feedback_effective fe
LEFT JOIN followup_state fs ON fs.feedback_key = fe.feedback_key
LEFT JOIN opd_routing r ON r.topic = fe.topic
WHERE fe.feedback_key = $feedback_key;
