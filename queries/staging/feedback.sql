-- staging/feedback: the follow-up deadline rule and the feedback list's search, written once.
-- purpose: the follow-up deadline rule (feedback_followup_in) and the feedback list's search
--          (feedback_list_in), written once
-- grain:   one row per feedback row received in [start_, end_) under the filters
-- params:  start_ end_ kabkota_ channel_ (as feedback_in), today_, forward_days_ act_days_
--          close_days_; feedback_list_in also q_ status_ sentiment_ topic_ overdue_only_
-- feedback_followup_in adds to each row of feedback_in (051: staff corrections applied) its
-- age, its working days since receipt and the working-day deadline of its stage, as in
-- SP4N-LAPOR!: baru/diverifikasi forwarded within forward_days_, diteruskan acted on within
-- act_days_, ditindaklanjuti closed within close_days_; selesai, ditolak and duplikat are closed
-- (no deadline). age_days counts calendar days to the closing update (closed rows) or to
-- today_; workdays counts working days (Mon–Fri, not in holidays: workday_index, 130) from
-- receipt to today_. q_ is a literal, case-insensitive substring of text, author or topic
-- ('' = any); status_ sentiment_ are lists (empty = all; sentiment '-' = unlabelled); topic_
-- '' = any. Read by dashboard/feedback_table, feedback_table_count and feedback_table_recent;
-- tindak_lanjut/by_opd and aspirasi/followup_summary apply the same rule per (status, day) group.
-- Applied by gema.core.store.migrate on every writable connect (CREATE OR REPLACE).
-- The working-day deadline of a follow-up stage (NULL = closed, no deadline); the rule once,
-- for feedback_followup_in below and the follow-up roll-up's summary (aspirasi/followup_summary).
CREATE OR REPLACE MACRO gema_due_workdays(status_, forward_days_, act_days_, close_days_) AS
    CASE WHEN status_ IN ('baru', 'diverifikasi') THEN forward_days_
         WHEN status_ = 'diteruskan' THEN act_days_
         WHEN status_ = 'ditindaklanjuti' THEN close_days_ END;

CREATE OR REPLACE MACRO feedback_followup_in(start_, end_, kabkota_, channel_, today_,
                                             forward_days_, act_days_, close_days_) AS TABLE
    WITH cal AS (
        SELECT * FROM workday_index(least(start_::DATE, today_::DATE), today_::DATE)
    ), f AS (
        SELECT fe.*,
               date_diff('day', fe.received_at::DATE,
                         CASE WHEN fe.status IN ('selesai', 'ditolak', 'duplikat')
                                   AND fe.status_updated_at IS NOT NULL
                              THEN fe.status_updated_at::DATE ELSE today_::DATE END) AS age_days,
               (SELECT max(wd) FROM cal) - c.wd AS workdays,
               gema_due_workdays(fe.status, forward_days_, act_days_, close_days_) AS due_workdays
        FROM feedback_in(start_, end_, kabkota_, channel_) fe
        LEFT JOIN cal c ON c.d = fe.received_at::DATE
    )
    SELECT *, coalesce(workdays > due_workdays, false) AS overdue
    FROM f;

CREATE OR REPLACE MACRO feedback_list_in(start_, end_, kabkota_, channel_, today_, forward_days_,
                                         act_days_, close_days_, q_, status_, sentiment_, topic_,
                                         overdue_only_) AS TABLE
    SELECT *
    FROM feedback_followup_in(start_, end_, kabkota_, channel_, today_,
                              forward_days_, act_days_, close_days_)
    WHERE gema_allows(status_, status)
      AND gema_allows(sentiment_, coalesce(sentiment, '-'))
      AND (topic_ = '' OR topic = topic_)
      AND (q_ = '' OR contains(lower(text), lower(q_))
           OR contains(lower(coalesce(author, '')), lower(q_))
           OR contains(lower(coalesce(topic, '')), lower(q_)))
      AND (NOT overdue_only_ OR overdue);
