-- purpose: saved mapping presets, optionally of one kind, by name
-- grain: one row per preset
-- params: $kind (NULL = all kinds)
SELECT name, kind, mapping, constants, created_by, created_at
FROM mapping_presets
WHERE $kind IS NULL OR kind = $kind
ORDER BY name;
