"""The learned sentiment classifier (scikit-learn, CPU, offline; nothing downloaded).

Why these features: a few hundred to a few thousand labelled texts is all staff will ever give it,
so the model must reuse what the lexicon already knows instead of learning Indonesian, Sundanese
and Javanese from scratch. Four views of each text are stacked side by side:

1. word 1–2-grams of the raw text (TF-IDF);
2. character 1–5-grams (`char`, across word boundaries: `teu sae`, `ora apik`, typos, affixes);
3. the *normalised* text: every word through the lexicon's own normaliser (slang, regional words,
   elongation, typos, affixes; `gk bgs` → `tidak bagus`) plus a polarity tag per lexicon word
   (`xpos`, `xneg`, `xnotxpos` when a negator stands up to 3 words before) — the same cue in
   three languages becomes the same feature;
4. dense lexicon columns: its score and label, and log counts of the polarity tags and length.

Hyper-parameters were chosen by cross-validation on NusaX *train* only (5 folds grouped by
sentence id, because NusaX is parallel and a sentence's translation must not sit in the other
fold; repeated with 3 seeds), never by a score on NusaX valid: logistic regression, C = 10, no
class weights. Tried and not kept because grouped CV on train did not improve: class_weight
balanced, LinearSVC, ComplementNB and LR+SVM(+NB) probability ensembles, per-language copies of
the lexicon columns (language detector), a Sundanese/Javanese→Indonesian word list in the
normalised view, `char_wb` 2–5 instead of `char` 1–5.
"""

from __future__ import annotations

import io
import pickle
import re
from typing import Any

import numpy as np
import pandas as pd

from gema.sentimen import analyzer

FORMAT = 2  # version of the pickled model dict (1: word + char_wb + lexicon score only)
C = 10.0
CHAR_NGRAMS = (1, 5)
NEG_WINDOW = 3  # words after a negator whose polarity tag is negated (the lexicon's neg_window)
_STRIP = re.compile(r"https?://\S+|www\.\S+|@\w+")
_WORD = re.compile(r"[a-z0-9]+")
_TAGS = ("xpos", "xneg", "xnotxpos", "xnotxneg")


def lexicon_view(texts: pd.Series) -> tuple[list[str], np.ndarray]:
    """(normalised text with polarity tags, dense lexicon columns) per text, in order."""
    lex = analyzer.default_analyzer()
    res = lex.resources
    clean = texts.fillna("").astype("str").reset_index(drop=True)
    s = lex.analyse(clean)["score"].to_numpy(dtype="float64")
    t = lex.threshold
    keys: dict[str, str] = {}
    views: list[str] = []
    counts = np.zeros((len(clean), len(_TAGS) + 1))
    for i, text in enumerate(clean):
        words = _WORD.findall(_STRIP.sub(" ", text.lower()))
        norm = []
        tags = []
        last_neg = -NEG_WINDOW - 1
        for j, w in enumerate(words):
            k = keys.get(w)
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

    def __init__(self, version: int | None = None, c: float = C) -> None:
        self.version = version
        self.c = c
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
        pairs = ((m["word"], clean), (m["char"], clean), (m["norm"], views))
        mats = [v.fit_transform(x) if fit else v.transform(x) for v, x in pairs]
        return sp.hstack([*mats, sp.csr_matrix(dense)]).tocsr()

    def fit(self, texts: pd.Series, labels: pd.Series) -> LearnedAnalyzer:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        self._model = {
            "format": FORMAT,
            "word": TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            "char": TfidfVectorizer(
                analyzer="char",
                ngram_range=CHAR_NGRAMS,
                min_df=2,
                sublinear_tf=True,
                max_features=200_000,
            ),
            "norm": TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\S+"),
            "clf": LogisticRegression(C=self.c, max_iter=3000),
        }
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
        out = cls(version=version, c=obj["c"])
        out._model = obj["model"]
        return out
