-- purpose: number the rows as the user sees them in a spreadsheet: the header is on row
--          $header_row, the first data record on the next row (rowid follows file order).
-- grain: updates every row of the TEMP table
-- params: $header_row. Identifiers (quoted by gema.core.sql): table.
UPDATE {{ident:table}} SET _row = rowid + $header_row + 1
