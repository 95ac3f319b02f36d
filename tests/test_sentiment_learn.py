"""Issue 10: language detection, Sundanese/Javanese vocabulary, honest accuracy on NusaX (read
from ../shared, skipped cleanly without it), learning from labelled examples (versioned, audited,
switched on only when better), the CLI contract and the admin page."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from gema import nav
from gema import sentimen as sentiment
from gema.cli import main
from gema.core import audit, store
from gema.ingest import labelled
from gema.sentimen import learn as sentiment_learn
from gema.sentimen import nusax

needs_nusax = pytest.mark.skipif(
    not nusax.available(), reason=f"NusaX not found in {nusax.nusax_dir()} (../shared missing)"
)


def _label(texts: list[str]) -> pd.DataFrame:
    return sentiment.default_analyzer().label(pd.Series(texts))


def test_language_detection_per_text():
    out = _label(
        [
            "Pelayanan di kantor kecamatan sangat lambat dan petugasnya tidak ramah",
            "Jalan di lembur abdi teu acan dibenerkeun, rusak pisan",
            "Dalane neng desaku durung didandani, rusak banget ora karuan",
            "The service is very slow and I am not happy with it",
            "👍👍",
            "jalan rusak parah",
            None,
        ]
    )
    assert out["language"].tolist()[:6] == ["id", "su", "jv", "other", "other", "id"]
    assert pd.isna(out["language"].iloc[6])


def test_regional_word_list_also_tells_the_language():
    # words only the Sundanese or Javanese list knows count as weak markers of that language;
    # colloquial Indonesian that Javanese shares ('cepet', 'males') still reads as Indonesian
    from gema.sentimen import analyzer

    markers = analyzer.load_resources().markers.set_index("tok")
    assert "seungit" in markers.index and "sedhep" in markers.index
    assert markers.loc["seungit", "lang"] == "su" and markers.loc["sedhep", "lang"] == "jv"
    assert markers.loc["cepet", "lang"] == "id"
    out = _label(
        [
            "Dahareunna seungit, imahna beresih",
            "Sedhep, legi, banyune asrep",
            "Bayar pajak motor di Samsat cepet, 15 menit beres",
            "Akses jelek, wisatawan jadi males dateng",
        ]
    )
    assert out["language"].tolist() == ["su", "jv", "id", "id"]


def test_regional_word_only_in_its_language():
    out = _label(
        [
            "Nasi goreng di warung ini enak sekali",  # Indonesian: goreng = fried
            "Jalanna goreng pisan, abdi kuciwa",  # Sundanese: goreng = bad
            "Panganane enak, regane mirah, panggonane resik",
            "Tuangeunana raos pisan, tempatna merenah",
            "Pelayanane ora apik, aku gela banget",
            "Palayananana teu sae, abdi kuciwa pisan",
        ]
    )
    assert out["sentiment"].tolist() == [
        "positif",
        "negatif",
        "positif",
        "positif",
        "negatif",
        "negatif",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sundanese 'goreng' is bad, but after a food word it is fried, as in Indonesian
        ("Hayam goreng na raos pisan, sambelna ngeunah", "positif"),
        ("Alhamdulillah minyak goreng ayeuna mirah", "positif"),
        ("Palayanan di dieu goreng pisan", "negatif"),
        # punctuation between the two words: no longer a dish
        ("Kantor na sae. Goreng pisan jalanna!", "negatif"),
        # Javanese 'ala' is bad, but 'ala Italia' is a style of cooking
        ("Pasta ala Italia sing enak tenan", "positif"),
        ("Panganane ala tenan, aku kuciwa", "negatif"),
    ],
)
def test_regional_word_keeps_indonesian_sense_next_to_listed_words(text, expected):
    from gema.sentimen import model as sentiment_model

    assert _label([text])["sentiment"].tolist() == [expected]
    # the learned model's normalised view makes the same call as the lexicon's SQL
    view = sentiment_model.lexicon_view(pd.Series([text]))[0][0].split()
    bad = "jelek" in view or "buruk" in view
    assert bad == (expected == "negatif")


def test_regional_keep_list_names_only_scope_lang_words(tmp_path):
    # a row for a word that has no language-only meaning would silently do nothing
    from gema.sentimen import analyzer

    rows = [{"term": "enak", "lang": "su", "neighbour": "before", "word": "nasi"}]
    with pytest.raises(ValueError, match="not a scope=lang word"):
        analyzer._overlay_keep(rows, {("goreng", "su")})
    rows = [{"term": "goreng", "lang": "su", "neighbour": "beside", "word": "nasi"}]
    with pytest.raises(ValueError, match="before or after"):
        analyzer._overlay_keep(rows, {("goreng", "su")})


@needs_nusax
@pytest.mark.parametrize(("language", "floor"), [("indonesian", 0.8), ("sundanese", 0.7)])
def test_lexicon_on_nusax_valid_meets_targets(language, floor):
    # tuned on NusaX train only; valid is the report
    d = nusax.load(language, "valid")
    assert sentiment.macro_f1(d["sentiment"], sentiment.analyse(d["text"])["sentiment"]) >= floor


@needs_nusax
def test_lexicon_on_nusax_valid_javanese_and_shipped_figures_match():
    d = nusax.load("javanese", "valid")
    f1 = sentiment.macro_f1(d["sentiment"], sentiment.analyse(d["text"])["sentiment"])
    assert f1 >= 0.7
    shipped = sentiment.nusax_accuracy().set_index("language")
    assert shipped.loc["jv", "macro_f1"] == pytest.approx(f1, abs=0.0006)


def _write(path, rows, header=("text", "label"), sep=","):
    df = pd.DataFrame(rows, columns=list(header))
    df.to_csv(path, index=False, sep=sep)
    return path


def test_read_labelled_label_spellings_and_columns(tmp_path):
    p = _write(
        tmp_path / "a.tsv",
        [("bagus", "positive"), ("biasa", "0"), ("jelek", "-1"), ("oke", "Positif"), ("x", "1")],
        header=("Tweet", "sentimen"),
        sep="\t",
    )
    df = labelled.read_labelled(p)
    assert df["sentiment"].tolist() == ["positif", "netral", "negatif", "positif", "positif"]
    assert df["row_number"].tolist() == [2, 3, 4, 5, 6]  # file lines, header = line 1


def test_read_labelled_refuses_unknown_label_naming_row_and_column(tmp_path):
    p = _write(tmp_path / "b.csv", [("bagus", "positive"), ("aneh", "mixed")])
    with pytest.raises(labelled.LabelFileError, match=r"Baris 3.*'mixed'.*'label'"):
        labelled.read_labelled(p)
    with pytest.raises(labelled.LabelFileError, match="isi_komentar"):
        labelled.read_labelled(p, text_col="isi_komentar")


def test_cli_evaluate_json_contract(db_file, tmp_path, capsys):
    p = _write(
        tmp_path / "s.csv",
        [
            ("Pelayanannya ramah dan cepat, terima kasih", "positive"),
            ("Jalan rusak parah tidak pernah diperbaiki", "negative"),
            ("Jadwal posyandu bulan ini kapan ya?", "neutral"),
            ("Petugas sangat membantu", "negative"),
        ],
    )
    assert main(["sentimen", "--evaluate", str(p), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"n", "macro_f1", "per_class", "confusion", "method"}
    assert out["n"] == 4 and out["method"] == "lexicon"
    assert set(out["per_class"]) == {"positif", "netral", "negatif"}
    assert out["confusion"] == [[1, 0, 0], [0, 1, 0], [1, 0, 1]]
    assert 0 < out["macro_f1"] < 1


def test_cli_bad_file_is_a_clear_error(db_file, tmp_path, capsys):
    p = _write(tmp_path / "c.csv", [("a", "bagus sekali")])
    assert main(["sentimen", "--evaluate", str(p), "--json"]) == 2
    assert "Baris 2" in capsys.readouterr().err


def test_too_few_examples_trains_nothing(conn):
    df = pd.DataFrame({"text": ["bagus", "jelek"], "sentiment": ["positif", "negatif"]})
    sentiment_learn.import_examples(conn, df, "kecil.csv", "admin")
    res = sentiment_learn.train(conn, "admin")
    assert res.version is None and "terlalu sedikit" in res.message
    assert sentiment_learn.models(conn).empty
    assert isinstance(sentiment_learn.active_analyzer(conn), sentiment.LexiconAnalyzer)


def _synthetic_examples() -> pd.DataFrame:
    """A private code the lexicon cannot know: 'zorp' means good, 'blix' bad, 'quon' neither."""
    rows = []
    for i in range(40):
        rows.append((f"layanan nomor {i} zorp zorp", "positif"))
        rows.append((f"layanan nomor {i} blix blix", "negatif"))
        rows.append((f"layanan nomor {i} quon", "netral"))
    return pd.DataFrame(rows, columns=["text", "sentiment"])


def test_model_switched_on_only_when_better_versioned_audited_and_switchable(conn):
    sentiment_learn.import_examples(conn, _synthetic_examples(), "kode.csv", "admin")
    conn.execute(
        "INSERT INTO feedback (received_at, channel, text, batch_id)"
        " VALUES (TIMESTAMP '2026-01-01', 'Instagram', 'antrean zorp zorp', 1)"
    )
    res = sentiment_learn.train(conn, "admin")
    assert res.version == 1 and res.activated
    assert res.cv_f1_model > 0.95 > res.cv_f1_lexicon
    active = sentiment_learn.active_analyzer(conn)
    assert isinstance(active, sentiment_learn.LearnedAnalyzer) and active.version == 1
    assert sentiment.label_feedback(conn) == 1
    row = conn.execute("SELECT sentiment, language FROM feedback").fetchone()
    assert row == ("positif", "id")
    # every model is recorded in the audit trail with both figures
    ev = audit.events(conn, actions=[sentiment_learn.MODEL_TRAIN])
    assert len(ev) == 1 and '"activated": true' in ev["detail"].iloc[0]
    # the admin can switch back to the lexicon
    sentiment_learn.switch(conn, None, "admin")
    assert isinstance(sentiment_learn.active_analyzer(conn), sentiment.LexiconAnalyzer)
    m = sentiment_learn.models(conn)
    assert m["version"].tolist() == [1] and not m["active"].any()
    assert len(audit.events(conn, actions=[sentiment_learn.MODEL_SWITCH])) == 1


def test_model_not_better_stays_off(conn):
    # labels the lexicon already gets right and that a model on 36 texts learns less well
    own = sentiment.load_eval_set("heldout").head(36)
    sentiment_learn.import_examples(conn, own[["text", "sentiment"]], "own.csv", "admin")
    res = sentiment_learn.train(conn, "admin")
    assert res.version == 1
    assert res.activated == (res.cv_f1_model > res.cv_f1_lexicon)
    if not res.activated:
        assert isinstance(sentiment_learn.active_analyzer(conn), sentiment.LexiconAnalyzer)


def test_staff_corrections_are_training_examples(conn):
    conn.execute(
        "INSERT INTO feedback (received_at, channel, text, batch_id, sentiment, sentiment_source)"
        " VALUES (TIMESTAMP '2026-01-01', 'X', 'lampu mati', 1, 'negatif', 'corrected'),"
        " (TIMESTAMP '2026-01-01', 'X', 'lampu nyala', 1, 'positif', 'computed')"
    )
    ex = sentiment_learn.training_examples(conn)
    assert ex[["text", "sentiment", "origin"]].values.tolist() == [
        ["lampu mati", "negatif", "correction"]
    ]


def test_aspirasi_shows_language_mix_and_third_party_accuracy(dashboard_db, app_for):
    sentiment.label_feedback(dashboard_db)
    at = app_for("pages/aspirasi.py", role="pimpinan")
    assert not at.exception, at.exception
    assert "Bahasa aspirasi" in [s.value for s in at.subheader]
    captions = " ".join(c.value for c in at.caption)
    assert "NusaX valid" in captions and "Indonesia 0,82" in captions


def test_admin_page_evaluates_and_refuses_others(db_file, app_for):
    store.connect(db_file).close()
    at = app_for("pages/sentimen.py", role="admin")
    assert not at.exception, at.exception
    assert any("leksikon" in m.value for m in at.markdown)
    assert "sentimen.py" not in [p.file for p in nav.available("staf")]
    assert "sentimen.py" in [p.file for p in nav.available("admin")]


def test_background_retrain_reports_progress_and_relabels(db_file):
    import time

    c = store.shared_connection(db_file).cursor()
    sentiment_learn.import_examples(c, _synthetic_examples(), "kode.csv", "admin")
    c.execute(
        "INSERT INTO feedback (received_at, channel, text, batch_id)"
        " VALUES (TIMESTAMP '2026-01-01', 'Instagram', 'antrean blix blix', 1)"
    )
    sentiment.label_feedback(c)
    assert c.execute("SELECT sentiment FROM feedback").fetchone() == ("netral",)
    job = sentiment_learn.start_retrain(str(db_file), "admin")
    seen = set()
    for _ in range(600):
        seen.add(job.step)
        if job.done:
            break
        time.sleep(0.1)
    assert job.done and job.error is None, job.error
    assert job.result is not None and job.result.activated and job.progress == 1.0
    assert job.relabelled == 1
    assert c.execute("SELECT sentiment FROM feedback").fetchone() == ("negatif",)


@needs_nusax
def test_model_learned_from_nusax_train_beats_lexicon_on_valid():
    # trained on NusaX train of all three languages (hyper-parameters chosen by grouped CV on
    # train, see gema/sentimen/model.py); valid is only the report
    train = nusax.load_all("train")
    model = sentiment_learn.LearnedAnalyzer().fit(train["text"], train["sentiment"])
    valid = nusax.load_all("valid")
    lex = sentiment.analyse(valid["text"])["sentiment"]
    got = model.analyse(valid["text"])["sentiment"]
    f1 = {
        lang: (
            sentiment.macro_f1(g["sentiment"], got[g.index]),
            sentiment.macro_f1(g["sentiment"], lex[g.index]),
        )
        for lang, g in valid.groupby("language")
    }
    # the targets after learning: Indonesian 0.85, Sundanese and Javanese 0.78 (the
    # training is deterministic, so these are the benchmark's figures, not a sample of them)
    assert f1["id"][0] >= 0.85
    assert f1["su"][0] >= 0.78 and f1["jv"][0] >= 0.78
    assert sum(m for m, _ in f1.values()) > sum(lx for _, lx in f1.values())


def test_model_view_gives_regional_words_their_meaning_only_in_their_language():
    # the learned model reads the lexicon-normalised text; a Sundanese 'goreng' (bad) must read
    # as 'jelek' there, as the lexicon scores it, while Indonesian 'nasi goreng' stays fried
    from gema.sentimen import model as sentiment_model

    views, _ = sentiment_model.lexicon_view(
        pd.Series(["Nasi goreng di warung ini enak sekali", "Jalanna goreng pisan, abdi kuciwa"])
    )
    assert "goreng" in views[0].split() and "jelek" not in views[0].split()
    assert "jelek" in views[1].split() and "goreng" not in views[1].split()
    assert "xneg" in views[1].split()


def test_model_trained_with_the_raw_word_view_still_loads_and_labels():
    # models stored before the CV choice dropped the raw word view keep working after upgrade
    ex = _synthetic_examples()
    old = sentiment_learn.LearnedAnalyzer(word=True).fit(ex["text"], ex["sentiment"])
    assert "word" in old._model
    m = sentiment_learn.LearnedAnalyzer.loads(old.dumps(), version=3)
    out = m.analyse(pd.Series(["antrean zorp zorp", "antrean blix blix"]))
    assert out["sentiment"].tolist() == ["positif", "negatif"]
    new = sentiment_learn.LearnedAnalyzer(word=False).fit(ex["text"], ex["sentiment"])
    assert "word" not in new._model
    assert new.analyse(pd.Series(["antrean zorp zorp"]))["sentiment"].tolist() == ["positif"]


def test_model_format_1_still_loads_and_labels():
    # versions stored before the normalised view (word + char_wb + lexicon score) keep working
    import pickle

    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    ex = _synthetic_examples()
    word = TfidfVectorizer().fit(ex["text"])
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3)).fit(ex["text"])
    lex = sp.csr_matrix((len(ex), 4))
    feats = sp.hstack([word.transform(ex["text"]), char.transform(ex["text"]), lex]).tocsr()
    clf = LogisticRegression(max_iter=1000).fit(feats, ex["sentiment"])
    old = pickle.dumps({"c": 3.0, "model": {"word": word, "char": char, "clf": clf}})
    m = sentiment_learn.LearnedAnalyzer.loads(old, version=1)
    out = m.analyse(pd.Series(["antrean zorp zorp", "antrean blix blix"]))
    assert out["sentiment"].tolist() == ["positif", "negatif"]


def test_model_choice_by_grouped_cv_is_deterministic():
    # the hyper-parameter choice is a pure function of the examples: same table, same winner
    from gema.sentimen import model as sentiment_model

    own = sentiment.load_eval_set().iloc[::5].reset_index(drop=True)
    groups = pd.Series(own.index // 2)  # pairs stay in one fold, as NusaX translations do
    langs = pd.Series(["a", "b"] * (len(own) // 2) + ["a"] * (len(own) % 2))
    cands = (
        sentiment_model.Setting(("char", (1, 3)), 1.0, False),
        sentiment_model.Setting(("char_wb", (2, 4)), 10.0, True),
    )
    args = (own["text"], own["sentiment"], groups, langs, cands, (1, 2), 2)
    best, table = sentiment_model.choose(*args)
    again, table2 = sentiment_model.choose(*args)
    assert best == again and best in cands
    pd.testing.assert_frame_equal(table, table2)
    assert list(table.columns) == [
        *("char", "C", "norm_char", "word", "a", "b", "mean", "se", "within_1se")
    ]
    assert table["mean"].between(0, 1).all() and (table["se"] > 0).all()
    # one-standard-error rule: the best is always a tie; the smallest C among the ties wins
    top = int(table["mean"].to_numpy().argmax())
    assert table["within_1se"].iloc[top]
    ties = table[table["within_1se"]]
    assert best == cands[int(ties["C"].idxmin())]


@pytest.mark.parametrize(
    ("means", "ses", "expected"),
    [
        ([0.80, 0.842, 0.845], [0.01, 0.01, 0.004], [False, True, True]),
        ([0.83, 0.84, 0.845], [0.01, 0.01, 0.02], [True, True, True]),
        ([0.85, 0.80], [0.0, 0.1], [True, False]),
    ],
)
def test_one_standard_error_rule(means, ses, expected):
    from gema.sentimen import model as sentiment_model

    got = sentiment_model.within_one_se(pd.Series(means), pd.Series(ses))
    assert got.tolist() == expected


def test_shipped_model_settings_are_a_cv_candidate():
    from gema.sentimen import model as sentiment_model

    assert sentiment_model.CHOSEN in sentiment_model.CANDIDATES
    ex = _synthetic_examples()
    m = sentiment_learn.LearnedAnalyzer().fit(ex["text"], ex["sentiment"])
    assert m._model["char"].analyzer == sentiment_model.CHAR[0]
    assert m._model["char"].ngram_range == sentiment_model.CHAR[1]
    assert ("norm_char" in m._model) == sentiment_model.NORM_CHAR
    assert ("word" in m._model) == sentiment_model.WORD
    assert m._model["clf"].C == sentiment_model.C
