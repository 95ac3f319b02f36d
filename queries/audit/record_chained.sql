-- purpose: append one audited event with its hash-chain link (append-only: no query updates or
--          deletes audit_log)
-- grain:   inserts one row
-- params:  $occurred_at, $username, $action, $detail (JSON text), $prev_hash, $row_hash
INSERT INTO audit_log (occurred_at, username, action, detail, prev_hash, row_hash)
VALUES ($occurred_at, $username, $action, $detail::JSON, $prev_hash, $row_hash);
