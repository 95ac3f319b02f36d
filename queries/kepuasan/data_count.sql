-- purpose: how much SKM data the store holds (respondents and recap rows), ignoring filters:
--          tells the page whether to show the empty state, and the overview whether an IKM
--          card can exist at all
-- grain: one row
-- params: none
SELECT
    (SELECT count(*) FROM skm_responses) AS responses,
    (SELECT count(*) FROM skm_recaps) AS recap_rows
