-- purpose: a one-column TEMP table of given texts, so column-wide checks (date order) also run
--          on values a caller holds in Python.
-- grain: one row per given value
-- params: $texts (list of VARCHAR, NULLs allowed)
CREATE TEMP TABLE gema_values AS SELECT unnest(CAST($texts AS VARCHAR[])) AS value
