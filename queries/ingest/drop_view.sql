-- purpose: drop one TEMP view of the staging chain
-- grain: none
-- params: none; identifier: view
DROP VIEW IF EXISTS {{ident:view}};
