-- purpose: read a whole delimited UTF-8 text file into a TEMP table of text columns (the fast
--          path of gema/ingest/read.py; insertion order is file order, so rowid numbers rows).
-- grain: one row per data record of the file (a multi-line quoted record counts once)
-- params: $path, $delim, $skip (physical lines up to and including the header), $columns
--         (struct of header name -> 'VARCHAR', in file order).
--         Identifiers (quoted by gema.core.sql): table.
CREATE TEMP TABLE {{ident:table}} AS
SELECT *
FROM read_csv(
    $path,
    delim = $delim,
    quote = '"',
    escape = '"',
    header = false,
    skip = $skip,
    columns = $columns,
    auto_detect = false,
    max_line_size = 20000000
)
