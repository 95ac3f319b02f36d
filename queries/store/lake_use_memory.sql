-- purpose: create the next statements (macros) in the connection's in-memory catalog, not the
--          lake, while names still resolve to the lake's tables
-- grain:   none (session settings; store/lake_use switches back)
-- params:  none
USE memory;
SET search_path = 'memory.main,gema_lake.main';
