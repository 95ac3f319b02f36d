-- purpose: remove demo FGD sessions whose feedback rows are gone (the demo feedback batch was
--          undone), so that loading the demo again does not create a second session of each name
-- grain:   statement (deletes demo sessions without feedback)
-- params:  none
DELETE FROM fgd_sessions
WHERE created_by = 'demo'
  AND session_id NOT IN (
      SELECT fgd_session_id FROM feedback WHERE fgd_session_id IS NOT NULL
  );
