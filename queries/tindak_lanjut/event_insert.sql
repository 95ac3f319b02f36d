-- purpose: append one follow-up change to its history (who, when, from, to, details)
-- grain:   inserts one followup_events row
-- params:  $feedback_key $from_status $to_status $opd $reason $duplicate_of $user
INSERT INTO followup_events (feedback_key, from_status, to_status, opd, reason, duplicate_of, changed_by)
VALUES ($feedback_key, $from_status, $to_status, $opd, $reason, $duplicate_of, $user);
