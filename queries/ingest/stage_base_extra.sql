-- purpose: staging, first step: the reader's table with the unmapped columns as JSON `extra` and a flag that is never set (so `_bad` always has one). Every column the staging adds is named `gema:…` (gema:f:<field>, gema:raw:<field>, gema:flag:…), so no header clashes with it
-- grain: one row per source row; creates TEMP view ingest_s0 (the staging views are chained, one per field and step, and read once by ingest/stage)
-- params: none; identifiers (quoted by gema.core.sql): table, extra (the unmapped columns)
CREATE OR REPLACE TEMP VIEW ingest_s0 AS
SELECT r.*, CAST(to_json(struct_pack({{idents:extra}})) AS JSON) AS "gema:extra",
       false AS "gema:flag:none"
FROM {{ident:table}} r;
