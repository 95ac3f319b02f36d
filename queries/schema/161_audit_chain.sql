-- 161_audit_chain: a keyed hash chain over the audit trail, so tampering is detectable (issue 16).
-- One row per audit entry, written in the same statement sequence as the entry; audit_log itself
-- is left as it is (the app never updates, deletes or alters it).
-- row_hash = HMAC(key, [prev_hash, occurred_at, username, action, detail]);
-- prev_hash = row_hash of the newest entry when this one was written ('' for the first).
-- gema.core.audit.verify reports entries whose content no longer matches, chain rows whose entry is
-- gone, and links to entries that are gone. Entries from before this migration are "unsealed".
CREATE TABLE audit_chain (
    audit_id    BIGINT PRIMARY KEY,
    prev_hash   VARCHAR NOT NULL,
    row_hash    VARCHAR NOT NULL
);
