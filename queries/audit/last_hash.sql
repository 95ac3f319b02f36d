-- purpose: the hash of the newest sealed audit entry, the link for the next one
-- grain:   at most one row
-- params:  none
SELECT row_hash FROM audit_chain ORDER BY audit_id DESC LIMIT 1;
