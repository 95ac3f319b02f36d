"""The learned sentiment classifier (scikit-learn, CPU, offline; nothing downloaded).

Why these features: a few hundred to a few thousand labelled texts is all staff will ever give it,
so the model must reuse what the lexicon already knows instead of learning Indonesian, Sundanese
and Javanese from scratch. Three views of each text are stacked side by side:

1. character 2–6-grams of the raw text inside word boundaries (`char_wb`: typos, affixes,
   spelling variants);
2. the *normalised* text: every word through the lexicon's own normaliser (slang, regional words,
   elongation, typos, affixes; `gk bgs` → `tidak bagus`; a regional word whose meaning differs
   from the Indonesian spelling only in a text detected as that language, as the lexicon does)
   plus a polarity tag per lexicon word (`xpos`, `xneg`, `xnotxpos` when a negator stands up to
   3 words before) — the same cue in three languages becomes the same feature; its word
   1–2-grams and its character 2–6-grams;
3. dense lexicon columns: its score and label, and log counts of the polarity tags and length.

Hyper-parameters are chosen by `choose` (cross-validation on NusaX *train* only: 5 folds grouped by
sentence id, because NusaX is parallel and a sentence's translation must not sit in the other
fold; 3 fold seeds; highest mean of the per-language macro-F1 wins), never by a score on NusaX
valid; `python bench/sentiment_bench.py --cv` reruns it (table in docs/sentimen.md). Chosen
(December 2026, CV id / su / jv): no word n-grams of the raw text (the normalised view already
holds every word, and the raw copy split the weight of a regional word from its Indonesian
equivalent), C = 300 (0.851 / 0.841 / 0.834, mean 0.842, against 0.849 / 0.825 / 0.831, mean
0.835 for the earlier choice with the raw word view and C = 30 on the same vocabulary). Tried
and not kept because grouped CV on train did not improve: class_weight balanced, LinearSVC,
ComplementNB, NB-weighted logistic regression and LR+SVM(+NB) probability ensembles, averaging
the probabilities of the old and new settings, per-language copies of the word,
normalised-view or lexicon columns (language detector), heavier lexicon columns (×3, ×10), a
late blend with the lexicon's label, stripping Sundanese/Javanese suffixes of unknown words in
the normalised view, word 1–3-grams.
"""

from __future__ import annotations

import io
import pickle
import re
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from gema.sentimen import analyzer

FORMAT = 2  # version of the pickled model dict (1: word + char_wb + lexicon score only)


class Setting(NamedTuple):
    """The hyper-parameters `choose` compares."""

    char: tuple[str, tuple[int, int]]  # analyzer and n-gram range of the character view
    c: float  # inverse regularisation strength of the logistic regression
    norm_char: bool  # also character 2–6-grams of the normalised view
    word: bool = True  # also word 1–2-grams of the raw text (the normalised view repeats them)


# in the order they were tried; the last two of the first block were added after the first five
# had been compared, the second block after the regional vocabulary grew (December 2026)
CANDIDATES: tuple[Setting, ...] = (
    Setting(("char", (1, 5)), 10.0, False),  # the choice before this list
    Setting(("char_wb", (2, 5)), 10.0, False),
    Setting(("char_wb", (2, 6)), 3.0, False),
    Setting(("char_wb", (2, 6)), 10.0, False),
    Setting(("char_wb", (2, 6)), 30.0, False),
    Setting(("char_wb", (2, 6)), 10.0, True),
    Setting(("char_wb", (2, 6)), 30.0, True),
    *(Setting(("char_wb", (2, 6)), c, True, False) for c in (30.0, 100.0, 300.0, 1000.0, 3000.0)),
)
CHOSEN = CANDIDATES[-3]  # what `choose` picks on NusaX train (bench/sentiment_bench.py --cv)
C = CHOSEN.c
CHAR = CHOSEN.char
NORM_CHAR = CHOSEN.norm_char
WORD = CHOSEN.word
CV_FOLDS = 5
CV_SEEDS = (1, 2, 3)
NEG_WINDOW = 3  # words after a negator whose polarity tag is negated (the lexicon's neg_window)
_STRIP = re.compile(r"https?://\S+|www\.\S+|@\w+")
_WORD = re.compile(r"[a-z0-9]+")
_TAGS = ("xpos", "xneg", "xnotxpos", "xnotxneg")


def lexicon_view(texts: pd.Series) -> tuple[list[str], np.ndarray]:
    """(normalised text with polarity tags, dense lexicon columns) per text, in order."""
    lex = analyzer.default_analyzer()
    res = lex.resources
    clean = texts.fillna("").astype("str").reset_index(drop=True)
    scored = lex.label(clean, topics=False)
    s = scored["score"].to_numpy(dtype="float64")
    langs = scored["language"].to_numpy(dtype="object")
    t = lex.threshold
    # regional words whose meaning differs from the Indonesian spelling ('goreng', 'larang'): their
    # regional sense only in a text detected as that language, as in the lexicon's own scoring
    overlay = {(o.tok, o.lang): o.key for o in res.overlay.itertuples()}
    keys: dict[str, str] = {}
    views: list[str] = []
    counts = np.zeros((len(clean), len(_TAGS) + 1))
    for i, text in enumerate(clean):
        lang = langs[i]
        words = _WORD.findall(_STRIP.sub(" ", text.lower()))
        norm = []
        tags = []
        last_neg = -NEG_WINDOW - 1
        for j, w in enumerate(words):
            k = overlay.get((w, lang)) or keys.get(w)
            if k is None:
                k = keys[w] = analyzer._normalise(w, res.slang, res.known, res.typo_index)
            norm.append(k)
            if res.modifiers.get(k, ("",))[0] == "negator":
                last_neg = j
            score = res.lexicon.get(k)
            if score:
                tag = "xpos" if score > 0 else "xneg"
                tags.append("xnot" + tag if j - last_neg <= NEG_WINDOW else tag)
        views.append(" ".join(norm + tags))
        counts[i, : len(_TAGS)] = [tags.count(g) for g in _TAGS]
        counts[i, -1] = len(words)
    dense = np.c_[
        s, s >= t, s <= -t, np.abs(s) < t, np.log1p(counts[:, :-1]), np.log1p(counts[:, -1]) / 4
    ]
    return views, dense.astype("float64")


class LearnedAnalyzer:
    """Logistic regression over the four stacked views above, positif/netral/negatif. Topics and
    language still come from the lexicon method (they are keyword rules, not learned)."""

    def __init__(
        self,
        version: int | None = None,
        c: float = C,
        char: tuple[str, tuple[int, int]] = CHAR,
        norm_char: bool = NORM_CHAR,
        word: bool = WORD,
    ) -> None:
        self.version = version
        self.c = c
        self.char = char
        self.norm_char = norm_char
        self.word = word
        self._model: Any = None

    @property
    def name(self) -> str:
        return f"model v{self.version}" if self.version else "model"

    def _features(self, texts: pd.Series, fit: bool) -> Any:
        import scipy.sparse as sp

        m = self._model
        clean = texts.fillna("").astype("str").reset_index(drop=True)
        if "norm" not in m:  # format 1 (models trained before the normalised view)
            lex = analyzer.default_analyzer()
            s = lex.analyse(clean)["score"].to_numpy(dtype="float64")
            t = lex.threshold
            dense = np.c_[s, s >= t, s <= -t, np.abs(s) < t].astype("float64")
            parts = [m["word"].transform(clean), m["char"].transform(clean)]
            return sp.hstack([*parts, sp.csr_matrix(dense)]).tocsr()
        views, dense = lexicon_view(clean)
        pairs = [(m["char"], clean), (m["norm"], views)]
        if "word" in m:  # absent in models trained after the choice dropped it
            pairs.insert(0, (m["word"], clean))
        if "norm_char" in m:  # absent in models trained before the choice included it
            pairs.append((m["norm_char"], views))
        mats = [v.fit_transform(x) if fit else v.transform(x) for v, x in pairs]
        return sp.hstack([*mats, sp.csr_matrix(dense)]).tocsr()

    def fit(self, texts: pd.Series, labels: pd.Series) -> LearnedAnalyzer:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self._model = {
            "format": FORMAT,
            "char": TfidfVectorizer(
                analyzer=self.char[0],
                ngram_range=self.char[1],
                min_df=2,
                sublinear_tf=True,
                max_features=200_000,
            ),
            "norm": TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+"),
            "clf": LogisticRegression(C=self.c, max_iter=3000),
        }
        if self.word:
            self._model["word"] = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        if self.norm_char:
            self._model["norm_char"] = TfidfVectorizer(
                analyzer="char_wb", ngram_range=(2, 6), min_df=2, sublinear_tf=True
            )
        x = self._features(texts, fit=True)
        self._model["clf"].fit(x, labels.astype("str").to_numpy())
        return self

    def analyse(self, texts: pd.Series) -> pd.DataFrame:
        """Sentiment and score (P(positif) − P(negatif)), same index; identical texts once."""
        clean = texts.astype("object").where(texts.notna(), None)
        codes, uniques = pd.factorize(clean, use_na_sentinel=True)
        out = pd.DataFrame(index=texts.index)
        label = np.full(len(codes), "netral", dtype=object)
        score = np.zeros(len(codes))
        if len(uniques):
            x = self._features(pd.Series([str(u) for u in uniques]), fit=False)
            clf = self._model["clf"]
            proba = clf.predict_proba(x)
            classes = list(clf.classes_)
            pred = np.asarray(classes, dtype=object)[proba.argmax(axis=1)]
            sc = proba[:, classes.index("positif")] - proba[:, classes.index("negatif")]
            ok = codes >= 0
            label[ok] = pred[codes[ok]]
            score[ok] = sc[codes[ok]]
        out["sentiment"] = pd.array(label, dtype="str")
        out["score"] = np.round(score, 4)
        return out

    def label(self, texts: pd.Series, sentiment_: bool = True, topics: bool = True) -> pd.DataFrame:
        """Like LexiconAnalyzer.label: sentiment from the model, topic and language from rules."""
        out = analyzer.default_analyzer().label(texts, sentiment=False, topics=topics)
        if sentiment_:
            out = self.analyse(texts).join(out)
        return out

    def dumps(self) -> bytes:
        buf = io.BytesIO()
        pickle.dump({"c": self.c, "model": self._model}, buf, protocol=pickle.HIGHEST_PROTOCOL)
        return buf.getvalue()

    @classmethod
    def loads(cls, data: bytes, version: int | None = None) -> LearnedAnalyzer:
        # Only bytes this app wrote into its own database are unpickled (never an upload).
        obj = pickle.loads(data)
        out = cls(version=version, c=obj["c"])  # the char view travels inside obj["model"]
        out._model = obj["model"]
        return out


def grouped_cv(
    texts: pd.Series,
    labels: pd.Series,
    groups: pd.Series,
    languages: pd.Series,
    setting: Setting = CHOSEN,
    seeds: tuple[int, ...] = CV_SEEDS,
    folds: int = CV_FOLDS,
) -> dict[str, float]:
    """Macro-F1 per language of out-of-fold predictions, mean over fold seeds. Folds are grouped
    (a parallel corpus's translations of one sentence stay in one fold) and stratified."""
    from sklearn.model_selection import StratifiedGroupKFold

    texts = texts.reset_index(drop=True)
    labels = labels.astype("str").reset_index(drop=True)
    languages = languages.reset_index(drop=True)
    out: dict[str, list[float]] = {}
    for seed in seeds:
        pred = pd.Series("", index=texts.index, dtype="object")
        skf = StratifiedGroupKFold(folds, shuffle=True, random_state=seed)
        for a, b in skf.split(texts, labels, groups=groups.to_numpy()):
            m = LearnedAnalyzer(
                c=setting.c, char=setting.char, norm_char=setting.norm_char, word=setting.word
            )
            m.fit(texts.iloc[a], labels.iloc[a])
            pred.iloc[b] = m.analyse(texts.iloc[b])["sentiment"].to_numpy()
        for lang, idx in languages.groupby(languages, sort=False).groups.items():
            out.setdefault(str(lang), []).append(analyzer.macro_f1(labels[idx], pred[idx]))
    return {lang: float(np.mean(v)) for lang, v in out.items()}


def choose(
    texts: pd.Series,
    labels: pd.Series,
    groups: pd.Series,
    languages: pd.Series,
    candidates: tuple[Setting, ...] = CANDIDATES,
    seeds: tuple[int, ...] = CV_SEEDS,
    folds: int = CV_FOLDS,
) -> tuple[Setting, pd.DataFrame]:
    """The candidate with the highest mean per-language CV macro-F1 (the first on a tie) and the
    table of every candidate's figures. Why mean over languages: each language counts the same,
    whatever its share of the examples."""
    rows = []
    for st in candidates:
        f1 = grouped_cv(texts, labels, groups, languages, st, seeds, folds)
        char = f"{st.char[0]} {st.char[1][0]}-{st.char[1][1]}"
        rows.append({"char": char, "C": st.c, "norm_char": st.norm_char, "word": st.word, **f1})
    table = pd.DataFrame(rows)
    langs = [k for k in table.columns if k not in ("char", "C", "norm_char", "word")]
    table["mean"] = table[langs].mean(axis=1)
    best = int(table["mean"].to_numpy().argmax())
    return candidates[best], table
