-- purpose: the text and label columns of an uploaded labelled sample, in file order
-- grain:   one row per source row
-- params:  identifiers {{ident:table}} (the raw upload table), {{ident:text}}, {{ident:label}}
SELECT _row AS row_number, {{ident:text}} AS text, {{ident:label}} AS label
FROM {{ident:table}}
ORDER BY _row;
