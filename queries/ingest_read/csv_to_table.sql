-- purpose: read a whole delimited text file (UTF-8) into a TEMP table of text columns, numbered
--          as the spreadsheet rows the user sees; fully empty records are left out.
-- grain: one row per non-empty data record of the file (a multi-line quoted record counts once)
-- params: $path, $delim, $skip (physical lines up to and including the header), $columns
--         (struct of header name -> 'VARCHAR'), $first_row (spreadsheet row of the header).
--         Identifiers filled in by gema/ingest/read.py (quoted): {table}; {not_empty} is
--         coalesce(<every column>) IS NOT NULL.
CREATE TEMP TABLE {table} AS
SELECT *
FROM (
    SELECT *, CAST(row_number() OVER () + $first_row AS BIGINT) AS _row
    FROM read_csv(
        $path,
        delim = $delim,
        quote = '"',
        escape = '"',
        header = false,
        skip = $skip,
        columns = $columns,
        null_padding = true,
        auto_detect = false,
        max_line_size = 20000000
    )
)
WHERE {not_empty}
