-- purpose: every trained classifier version with its figures, newest first, for the admin page
-- grain:   one row per model version (without the model bytes)
-- params:  none
SELECT version, trained_at, trained_by, n_examples, n_corrections, cv_f1_model, cv_f1_lexicon,
       active
FROM sentiment_models
ORDER BY version DESC;
