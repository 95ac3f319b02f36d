-- purpose: the longest cell of each column of a freshly read TEMP table (the cell-size limit)
-- grain: one row, one column per source column
-- params: none. Filled in by gema/ingest/read.py: {lengths} (max(length(col)) per quoted column), {table}.
SELECT {lengths} FROM {table}
