-- purpose: copy one table of the embedded file (attached as gema_src) into the lake, keys included
-- grain:   inserts every row of one table
-- params:  none (identifiers: table, cols)
INSERT INTO {{ident:table}} ({{idents:cols}})
SELECT {{idents:cols}} FROM gema_src.main.{{ident:table}};
