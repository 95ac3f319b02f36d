-- purpose: let DuckDB measure how far a running statement is (query_progress) without printing
--          its own bar: the import's progress bars show rows (gema/ingest/progress.py)
-- grain: none (settings of this connection)
-- params: none
SET enable_progress_bar = true;
SET enable_progress_bar_print = false;
