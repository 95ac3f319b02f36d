-- purpose: record one upload (or demo load) before its rows are inserted, returning its batch_id
-- grain: one import_batches row
-- params: $kind, $file_name, $sha256, $user, $rows_read, $rows_loaded, $rows_rejected, $rows_duplicate, $rows_summary, $mapping, $constants, $region_choices, $skip_invalid, $encoding, $delimiter, $notes, $is_demo
INSERT INTO import_batches (kind, file_name, sha256, imported_by, rows_read, rows_loaded,
                            rows_rejected, rows_duplicate, rows_summary, mapping, constants,
                            region_choices, skip_invalid, encoding, delimiter, notes, is_demo)
VALUES ($kind, $file_name, $sha256, $user, $rows_read, $rows_loaded, $rows_rejected,
        $rows_duplicate, $rows_summary, $mapping, $constants, $region_choices, $skip_invalid,
        $encoding, $delimiter, $notes, $is_demo)
RETURNING batch_id;
