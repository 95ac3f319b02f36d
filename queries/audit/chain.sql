-- purpose: every audit entry and every chain row, matched by id, oldest first, for verification
-- grain:   one row per audit entry or orphaned chain row
-- params:  none
SELECT coalesce(l.audit_id, c.audit_id) AS audit_id, l.audit_id IS NOT NULL AS present,
       l.occurred_at, l.username, l.action, CAST(l.detail AS VARCHAR) AS detail,
       c.prev_hash, c.row_hash
FROM audit_log AS l
FULL OUTER JOIN audit_chain AS c ON c.audit_id = l.audit_id
ORDER BY 1;
