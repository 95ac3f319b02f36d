-- purpose: staging: a field parsed once per distinct text (ingest/stage_lookup) joins in by its
--          source text (a NULL cell stays NULL: every lookup type's macro gives NULL for NULL)
-- grain: one row per source row; a SELECT over the previous step (`prev`), one CTE of ingest/stage
-- params: none; identifiers: prev, args (the lookup table), col (source column), name, raw
SELECT p.*, a.v AS {{ident:name}}, p.{{ident:col}} AS {{ident:raw}}
FROM {{ident:prev}} p
LEFT JOIN {{ident:args}} a ON a.raw = p.{{ident:col}};
