-- purpose: lake variant of tindak_lanjut/state_upsert (MERGE): write the follow-up details of one
--          feedback row (NULL arguments keep what is there)
-- grain:   inserts or updates one followup_state row
-- params:  $feedback_key $opd $user $reject_reason $duplicate_of
MERGE INTO followup_state AS t
USING (
    SELECT CAST($feedback_key AS BIGINT) AS feedback_key, CAST($opd AS VARCHAR) AS opd,
           CASE WHEN $opd IS NOT NULL THEN CAST($user AS VARCHAR) END AS opd_by,
           CASE WHEN $opd IS NOT NULL THEN current_timestamp END AS opd_at,
           CAST($reject_reason AS VARCHAR) AS reject_reason,
           CAST($duplicate_of AS BIGINT) AS duplicate_of, current_timestamp AS updated_at
) AS excluded
ON t.feedback_key = excluded.feedback_key
WHEN MATCHED THEN UPDATE SET
    opd = coalesce(excluded.opd, t.opd),
    opd_by = coalesce(excluded.opd_by, t.opd_by),
    opd_at = coalesce(excluded.opd_at, t.opd_at),
    reject_reason = excluded.reject_reason,
    duplicate_of = excluded.duplicate_of,
    updated_at = now()
WHEN NOT MATCHED THEN INSERT (feedback_key, opd, opd_by, opd_at, reject_reason, duplicate_of,
                              updated_at)
    VALUES (excluded.feedback_key, excluded.opd, excluded.opd_by, excluded.opd_at,
            excluded.reject_reason, excluded.duplicate_of, excluded.updated_at);
