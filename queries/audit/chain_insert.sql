-- purpose: the hash-chain link of one audit entry
-- grain:   inserts one audit_chain row
-- params:  $audit_id, $prev_hash, $row_hash
INSERT INTO audit_chain (audit_id, prev_hash, row_hash) VALUES ($audit_id, $prev_hash, $row_hash);
