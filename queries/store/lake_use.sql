-- purpose: make the attached lake this cursor's database, with the connection's own in-memory
--          catalog (macros, see gema.core.lake) searched after it
-- grain:   none (session settings)
-- params:  none
USE gema_lake;
SET search_path = 'gema_lake.main,memory.main';
