-- purpose: how many feedback rows match the searchable list's filters (the list shows at most
--          $limit of them), same conditions as dashboard/feedback_table (working-day deadlines)
-- grain:   one row: matches
-- params:  $start $end $kabkota $channel $q $status $sentiment $overdue_only $today
--          $forward_days $act_days $close_days $topic
-- The deadline rule and the search are feedback_list_in (queries/staging/feedback.sql).
SELECT count(*) AS matches
FROM feedback_list_in($start, $end, $kabkota, $channel, $today, $forward_days, $act_days, $close_days,
                      $q, $status, $sentiment, $topic, $overdue_only);
