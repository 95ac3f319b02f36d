-- purpose: record one demo batch (is_demo = true) and return its id
-- grain:   one row per demo table kind (campaigns, accounts, posts, feedback, skm)
-- params:  $kind $file_name $sha256 $rows $notes
INSERT INTO import_batches
    (kind, file_name, sha256, imported_by, rows_read, rows_loaded, notes, is_demo, status)
VALUES ($kind, $file_name, $sha256, 'demo', $rows, $rows, CAST($notes AS JSON), true, 'loaded')
RETURNING batch_id;
