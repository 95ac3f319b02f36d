-- purpose: store imported labelled examples for training the sentiment classifier
-- grain:   inserts one row per row of learn_input (returns the count)
-- params:  $source_file file name shown in the audit trail; $added_by username;
--          reads the relation learn_input(text, sentiment) registered by gema.sentiment_learn
INSERT INTO sentiment_examples (text, sentiment, source_file, added_by)
SELECT text, sentiment, $source_file, $added_by FROM learn_input;
