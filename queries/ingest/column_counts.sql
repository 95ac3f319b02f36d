-- purpose: how many non-NULL cells each source column has (a column with none is not preferred when detecting the mapping)
-- grain: one row, one count per source column
-- params: none; template parts <counts> (count(<quoted column>) per column), <table>
SELECT {counts} FROM {table};
