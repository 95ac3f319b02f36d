-- purpose: record one trained classifier version (inactive until switched on)
-- grain:   inserts one row
-- params:  $version $trained_by $n_examples $n_corrections $cv_f1_model $cv_f1_lexicon $model
INSERT INTO sentiment_models
    (version, trained_by, n_examples, n_corrections, cv_f1_model, cv_f1_lexicon, model)
VALUES ($version, $trained_by, $n_examples, $n_corrections, $cv_f1_model, $cv_f1_lexicon, $model);
