-- purpose: an FGD entry already saved from the same form submission (the client token), so a
--          second press of "Simpan" after a reconnect does not store the aspiration twice
-- grain:   zero or one row
-- params:  $session_id $token
SELECT feedback_key FROM feedback
WHERE fgd_session_id = $session_id AND channel = 'FGD'
  AND json_extract_string(extra, '$.client_token') = $token
LIMIT 1;
