-- purpose: one saved column-mapping preset by name
-- grain: at most one mapping_presets row
-- params: $name
SELECT name, kind, mapping, constants, created_by, created_at FROM mapping_presets WHERE name = $name;
