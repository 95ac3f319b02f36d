-- purpose: the detected language of each text (written by sentiment/language)
-- grain:   one row per input text id
-- params:  none
SELECT id, lang FROM sentiment_lang;
