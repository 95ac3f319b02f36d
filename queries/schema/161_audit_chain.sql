-- 161_audit_chain: a keyed hash chain over the audit trail, so tampering is detectable.
-- row_hash = HMAC(key, prev_hash | audit_id-free content: occurred_at, username, action, detail);
-- prev_hash = the row_hash of the newest entry when this one was written ('' for the first).
-- The app has no UPDATE or DELETE on audit_log; gema.audit.verify reports rows whose hash does
-- not match their content and links to entries that no longer exist. Rows from before this
-- migration keep NULL hashes and are reported as "unsealed", not as tampered.
ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR;
ALTER TABLE audit_log ADD COLUMN row_hash VARCHAR;
