-- purpose: save a named column-mapping preset (mapping by source header, plus constants)
-- grain: one mapping_presets row
-- params: $name, $kind, $mapping, $constants, $user
INSERT INTO mapping_presets (name, kind, mapping, constants, created_by)
VALUES ($name, $kind, $mapping, $constants, $user);
