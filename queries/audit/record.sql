-- purpose: append one audited event (the audit log is append-only: no query updates or deletes it)
-- grain:   inserts one row
-- params:  $username, $action, $detail (JSON text)
INSERT INTO audit_log (username, action, detail) VALUES ($username, $action, $detail::JSON);
