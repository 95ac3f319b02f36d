-- purpose: append one audited event (append-only: no query updates or deletes audit_log),
--          returning its id for the hash-chain row (audit/chain_insert)
-- grain:   inserts one row
-- params:  $occurred_at, $username, $action, $detail (JSON text)
INSERT INTO audit_log (occurred_at, username, action, detail)
VALUES ($occurred_at, $username, $action, $detail::JSON)
RETURNING audit_id;
