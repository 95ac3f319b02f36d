-- purpose: the user names present in the audit trail, for the filter
-- grain:   one row per distinct user name ('' = no user, e.g. an unknown name at sign-in)
-- params:  none
SELECT DISTINCT coalesce(username, '') AS username FROM audit_log ORDER BY 1;
