-- 100_sentiment_learning: the language of each feedback text, labelled examples an admin imports,
-- and the versioned classifiers trained on them plus staff corrections (gema.sentiment_learn).
-- feedback.language: 'id' | 'su' | 'jv' | 'other', computed with the sentiment labels; NULL = not
-- yet computed.
ALTER TABLE feedback ADD COLUMN language VARCHAR;

CREATE SEQUENCE sentiment_example_seq START 1;

-- One row per imported labelled example (never a feedback row; staff corrections are read from
-- feedback itself, where they already win over computed labels).
CREATE TABLE sentiment_examples (
    example_id   BIGINT PRIMARY KEY DEFAULT nextval('sentiment_example_seq'),
    text         VARCHAR NOT NULL,
    sentiment    VARCHAR NOT NULL CHECK (sentiment IN ('positif', 'netral', 'negatif')),
    source_file  VARCHAR,
    added_by     VARCHAR,
    added_at     TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- One row per trained model version. At most one is active; none active = the lexicon method.
-- cv_f1_model and cv_f1_lexicon are the 5-fold cross-validated macro-F1 of the classifier and
-- the plain macro-F1 of the lexicon on the same examples: the model is switched on only when the
-- first beats the second; an admin may switch back.
CREATE TABLE sentiment_models (
    version        INTEGER PRIMARY KEY,
    trained_at     TIMESTAMP NOT NULL DEFAULT current_timestamp,
    trained_by     VARCHAR,
    n_examples     INTEGER NOT NULL,
    n_corrections  INTEGER NOT NULL,
    cv_f1_model    DOUBLE NOT NULL,
    cv_f1_lexicon  DOUBLE NOT NULL,
    active         BOOLEAN NOT NULL DEFAULT false,
    model          BLOB NOT NULL
);
