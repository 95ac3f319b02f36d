-- purpose: the text and label columns of an uploaded labelled sample, in file order
-- grain:   one row per source row
-- params:  template parts <table> (the raw upload table), <text>, <label> (quoted column names)
SELECT _row AS row_number, {text} AS text, {label} AS label FROM {table} ORDER BY _row;
