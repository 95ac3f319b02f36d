-- purpose: the actions present in the audit trail, for the filter
-- grain:   one row per distinct action
-- params:  none
SELECT DISTINCT action FROM audit_log ORDER BY 1;
