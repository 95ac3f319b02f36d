-- purpose: every audit entry with its chain columns, oldest first, for verification
-- grain:   one row per audit entry
-- params:  none
SELECT audit_id, occurred_at, username, action, CAST(detail AS VARCHAR) AS detail, prev_hash,
       row_hash
FROM audit_log
ORDER BY audit_id;
