-- purpose: write the follow-up details of one feedback row (NULL arguments keep what is there)
-- grain:   inserts or updates one followup_state row
-- params:  $feedback_key $opd $user $reject_reason $duplicate_of
INSERT INTO followup_state (feedback_key, opd, opd_by, opd_at, reject_reason, duplicate_of, updated_at)
VALUES ($feedback_key, $opd, CASE WHEN $opd IS NOT NULL THEN $user END,
        CASE WHEN $opd IS NOT NULL THEN current_timestamp END, $reject_reason, $duplicate_of,
        current_timestamp)
ON CONFLICT (feedback_key) DO UPDATE SET
    opd = coalesce(EXCLUDED.opd, followup_state.opd),
    opd_by = coalesce(EXCLUDED.opd_by, followup_state.opd_by),
    opd_at = coalesce(EXCLUDED.opd_at, followup_state.opd_at),
    reject_reason = EXCLUDED.reject_reason,
    duplicate_of = EXCLUDED.duplicate_of,
    updated_at = now();
