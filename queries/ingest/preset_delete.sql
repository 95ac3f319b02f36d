-- purpose: remove a mapping preset before saving it again under the same name
-- grain: deletes at most one mapping_presets row
-- params: $name
DELETE FROM mapping_presets WHERE name = $name;
