-- purpose: staging, first step: the reader's table with the unmapped columns as JSON `extra` and a flag that is never set (so `_bad` always has one). Every column the staging adds is named `gema:…` (gema:f:<field>, gema:raw:<field>, gema:flag:…), so no header clashes with it
-- grain: one row per source row; the first CTE of ingest/stage (the staging steps are chained, one per field and step, each reading the one before)
-- params: none; identifiers (quoted by gema.core.sql): table, extra (the unmapped columns)
SELECT r.*, CAST(to_json(struct_pack({{idents:extra}})) AS JSON) AS "gema:extra",
       false AS "gema:flag:none"
FROM {{ident:table}} r;
