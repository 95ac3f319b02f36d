"""Indonesian sentiment and topic labels for public feedback, offline and explainable.

Why a lexicon and rules rather than a model: the app runs offline on a government laptop, must
label 500,000 rows in seconds, and staff must be able to see why a comment came out negative and
fix the word list themselves. All vocabulary is data (data/sentiment/*.csv, data/topics/*.csv);
this module only holds the method:

1. tokens: DuckDB splits every text into words, punctuation and emoji (queries/sentimen/tokenise);
2. vocabulary: each *distinct* token is normalised once in Python (slang, elongation "bagussss",
   reduplication "anak2", one-letter typos, Indonesian affixes "rusaknya", "kebanjiran") and looked
   up in the lexicon, modifiers, emoji and taxonomy;
3. scoring: one SQL pass over all tokens (queries/sentimen/score) with window functions for
   negation, intensifiers, contrast and fix-it requests; topics likewise (topic_scores).

The method is swappable: anything with `analyse(texts) -> DataFrame[sentiment, score]` is an
`Analyzer`; `label_feedback(conn, analyzer=...)` uses it.
"""

from __future__ import annotations

import csv
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol, runtime_checkable

import duckdb
import numpy as np
import pandas as pd

from gema.core import rollups, store

SENTIMENT_DIR = store.DATA / "sentiment"
TOPICS_DIR = store.DATA / "topics"
SENTIMENTS = ("positif", "netral", "negatif")
OTHER_TOPIC = "Lainnya"

# Rule parameters of the lexicon method, tuned on the 'tune' split of data/sentiment/eval_set.csv
# (never on its 'heldout' split); see data/sentiment/README.md for what each one does.
PARAMS: dict[str, float] = {
    "neg_window": 3,
    "int_window": 2,
    "req_window": 5,
    "after_contrast": 1.5,
    "before_contrast": 0.5,
    "action_negated": -0.8,
    "action_requested": -0.6,
    "action_done": 0.6,
    "question_pos": 0.1,
    "question_neg": 0.1,
    "suggestion_pos": 0.1,
    "polite_weight": 0.1,
}
THRESHOLD = 0.2  # |score| below this is 'netral'
TOPIC_MIN_WEIGHT = 1.0
ROLES = frozenset(
    {"negator", "intensifier", "contrast", "request", "done", "action", "interrogative"}
    | {"suggestion", "polite"}
)

_PUNCT_ROLE = {"?": "question", "!": "barrier", ".": "barrier", ",": "barrier"}
_PUNCT_ROLE.update({";": "barrier", ":": "barrier"})
_REDUP = re.compile(r"^([a-z]{2,})2([a-z]*)$")
_ELONG3 = re.compile(r"(.)\1{2,}")
_ELONG2 = re.compile(r"(.)\1+")
# Indonesian suffixes, then Sundanese (-na, -keun, -eun) and Javanese (-ne, -e, -ake, -ipun) ones:
# "rasana", "rasane" -> rasa; a suffix is only stripped when what is left is a known word.
_SUFFIXES = ("nya", "lah", "kah", "kan", "in", "an", "i", "keun", "eun", "na", "ipun", "ake")
_SUFFIXES += ("ne", "e")
LANGUAGE_DIR = store.DATA / "language"
LANGUAGES = ("id", "su", "jv", "other")
_PREFIXES = ("di", "ke", "ter", "ber", "be", "se", "me", "mem", "men", "meng", "pe", "pen", "per")
_TYPO_MIN_LEN = 5
REGIONAL_MARKER_WEIGHT = 0.5


@runtime_checkable
class Analyzer(Protocol):
    """A sentiment method: texts in, one row per text out (same index)."""

    def analyse(self, texts: pd.Series) -> pd.DataFrame:
        """Columns: sentiment ('positif'|'netral'|'negatif'), score (float, -1..1)."""
        ...


@dataclass(frozen=True)
class Resources:
    """The vocabulary of the lexicon method, read from data/sentiment and data/topics."""

    lexicon: dict[str, float]  # one word -> score
    phrases: dict[tuple[str, str], float]  # two normalised words -> score
    modifiers: dict[str, tuple[str, float]]  # word -> (role, value)
    polite: frozenset[str]  # thanks words and emoji: politeness when the text asks something
    emoji: dict[str, float]
    slang: dict[str, str]
    phrase_table: pd.DataFrame  # first, second, score
    taxonomy: pd.DataFrame  # topic, first, second (or None), weight, topic_order
    topics: tuple[str, ...]  # display labels in order, "Lainnya" last
    topics_en: dict[str, str]
    known: frozenset[str] = field(repr=False)
    phrase_words: frozenset[str] = field(repr=False)
    topic_words: frozenset[str] = field(repr=False)
    typo_index: dict[str, frozenset[str]] = field(repr=False)
    # Sundanese/Javanese words whose meaning differs from an Indonesian word of the same spelling
    # ('goreng' is bad in Sundanese, fried in Indonesian): used only for texts in that language
    overlay: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    # (tok, lang, offset, word): an overlay word keeps its Indonesian sense when `word` stands
    # right before (offset -1) or after (+1) it ('hayam goreng' is fried chicken in Sundanese too)
    overlay_keep: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    markers: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)  # tok, lang, weight


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(fh)
            if any((v or "").strip() for v in row.values())
        ]


def _deletions(word: str) -> set[str]:
    """The word with one inner letter left out (not the first or last: 'muda' is a word, not a
    typo of 'mudah')."""
    return {word[:i] + word[i + 1 :] for i in range(1, len(word) - 1)}


@cache
def load_resources(sentiment_dir: Path = SENTIMENT_DIR, topics_dir: Path = TOPICS_DIR) -> Resources:
    """Read every vocabulary file once per process; multi-word terms are normalised with the
    same rules as the texts, so 'gak becus' in a file matches 'ga becus' in a comment."""
    slang = {
        r["variant"].lower(): r["normal"].lower() for r in _read_csv(sentiment_dir / "slang.csv")
    }
    # Sundanese and Javanese words mapped to their Indonesian equivalent (data/sentiment/
    # regional.csv); scope 'all' acts like slang in every text, scope 'lang' only in that language
    regional = _read_csv(sentiment_dir / "regional.csv")
    for r in regional:
        if r["scope"] == "all":
            slang.setdefault(r["term"].lower(), r["normal"].lower())
    mod_rows = _read_csv(sentiment_dir / "modifiers.csv")
    unknown = {r["role"] for r in mod_rows} - ROLES
    if unknown:
        raise ValueError(f"modifiers.csv: unknown roles {sorted(unknown)}; use {sorted(ROLES)}")
    modifiers = {
        r["term"].lower(): (r["role"], float(r["value"])) for r in mod_rows if r["role"] != "polite"
    }
    polite_terms = [r["term"].lower() for r in mod_rows if r["role"] == "polite"]
    emoji = {r["emoji"]: float(r["score"]) for r in _read_csv(sentiment_dir / "emoji.csv")}
    raw_lex = [
        (r["term"].lower().split(), float(r["score"]))
        for r in _read_csv(sentiment_dir / "lexicon.csv")
    ]
    topic_rows = _read_csv(topics_dir / "topics.csv")
    topics = tuple(r["topic"] for r in sorted(topic_rows, key=lambda r: int(r["order"])))
    topics_en = {r["topic"]: r["label_en"] for r in topic_rows}
    tax_rows = _read_csv(topics_dir / "taxonomy.csv")

    common = (sentiment_dir / "common_words.txt").read_text(encoding="utf-8")
    known: set[str] = set(slang) | set(slang.values()) | set(modifiers)
    known.update(
        w for line in common.splitlines() if not line.startswith("#") for w in line.split()
    )
    for words, _ in raw_lex:
        known.update(words)
    for r in tax_rows:
        known.update(re.findall(r"[a-z0-9]+", r["pattern"].lower()))

    def norm(word: str) -> str:
        return _normalise(word, slang, frozenset(known), {})

    polite = frozenset(
        t if not t[0].isascii() else norm(w) for t in polite_terms for w in t.split()
    )
    lexicon: dict[str, float] = {}
    phrases: dict[tuple[str, str], float] = {}
    for words, score in raw_lex:
        keys = [norm(w) for w in words]
        if len(keys) == 1:
            lexicon.setdefault(keys[0], score)
        elif len(keys) == 2:
            phrases.setdefault((keys[0], keys[1]), score)
        else:
            raise ValueError(f"lexicon terms have one or two words: {' '.join(words)!r}")

    over = []
    for r in regional:
        if r["scope"] != "lang":
            continue
        key = norm(r["normal"].lower())
        role, value = modifiers.get(key, (None, None))
        over.append((r["term"].lower(), r["lang"], key, lexicon.get(key), role, value))
    overlay = pd.DataFrame(over, columns=["tok", "lang", "key", "score", "role", "value"]).astype(
        {"tok": "str", "lang": "str", "key": "str", "score": "float64", "role": "object"}
        | {"value": "float64"}
    )
    overlay_keep = _overlay_keep(
        _read_csv(sentiment_dir / "regional_keep.csv"), {(t, g) for t, g, *_ in over}
    )
    marker_rows = [
        (r["word"].lower(), r["lang"], float(r["weight"]))
        for r in _read_csv(LANGUAGE_DIR / "markers.csv")
    ]
    # every word of the regional list is also weak evidence of its language, unless Indonesian
    # knows it too (a lexicon, slang, modifier, common or topic word), both lists hold it, or it
    # is a scope=lang homograph
    entries: dict[str, set[tuple[str, str]]] = {}  # term -> its (lang, scope) rows
    for r in regional:
        entries.setdefault(r["term"].lower(), set()).add((r["lang"], r["scope"]))
    indonesian = set(known) - set(entries)
    listed = {w for w, _, _ in marker_rows}
    marker_rows += [
        (w, lang, REGIONAL_MARKER_WEIGHT)
        for w, found in entries.items()
        if len(found) == 1 and w not in listed and w not in indonesian
        for lang, scope in found
        if scope == "all"
    ]
    markers = pd.DataFrame(marker_rows, columns=["tok", "lang", "weight"])
    order = {t: i for i, t in enumerate(topics)}
    tax = []
    for r in tax_rows:
        if r["topic"] not in order:
            raise ValueError(f"taxonomy topic {r['topic']!r} is not listed in topics.csv")
        keys = [norm(w) for w in re.findall(r"[a-z0-9]+", r["pattern"].lower())]
        if not 1 <= len(keys) <= 2:
            raise ValueError(f"taxonomy patterns have one or two words: {r['pattern']!r}")
        second = keys[1] if len(keys) == 2 else None
        tax.append((r["topic"], keys[0], second, float(r["weight"]), order[r["topic"]]))
    taxonomy = pd.DataFrame(tax, columns=["topic", "first", "second", "weight", "topic_order"])

    # One letter missing ("pelayann" is in neither, "bgus" misses one) or one letter too many
    # ("burukk"); substitutions are not fixed: they turn real words into others (siapa/sigap).
    typo_vocab = {w for w in set(lexicon) | set(modifiers) if len(w) >= _TYPO_MIN_LEN}
    typo_index: dict[str, set[str]] = {}
    for w in typo_vocab:
        typo_index.setdefault(w, set()).add(w)
        for d in _deletions(w):
            typo_index.setdefault(d, set()).add(w)
    return Resources(
        lexicon=lexicon,
        phrases=phrases,
        modifiers=modifiers,
        polite=polite,
        emoji=emoji,
        slang=slang,
        phrase_table=pd.DataFrame(
            [(a, b, v) for (a, b), v in phrases.items()], columns=["first", "second", "score"]
        ),
        taxonomy=taxonomy,
        topics=topics,
        topics_en=topics_en,
        known=frozenset(known),
        phrase_words=frozenset(w for pair in phrases for w in pair),
        topic_words=frozenset(taxonomy["first"]) | frozenset(taxonomy["second"].dropna()),
        typo_index={k: frozenset(v) for k, v in typo_index.items()},
        overlay=overlay,
        overlay_keep=overlay_keep,
        markers=markers,
    )


def _overlay_keep(rows: list[dict[str, str]], overlay: set[tuple[str, str]]) -> pd.DataFrame:
    """regional_keep.csv as (tok, lang, offset, word); a row for a word that is not a scope=lang
    word of that language would silently do nothing, so it is an error."""
    offsets = {"before": -1, "after": 1}
    out = []
    for r in rows:
        tok, lang = r["term"].lower(), r["lang"]
        if (tok, lang) not in overlay:
            raise ValueError(f"regional_keep.csv: {tok!r} ({lang}) is not a scope=lang word")
        if r["neighbour"] not in offsets:
            raise ValueError(f"regional_keep.csv: neighbour {r['neighbour']!r}: before or after")
        out.append((tok, lang, offsets[r["neighbour"]], r["word"].lower()))
    return pd.DataFrame(out, columns=["tok", "lang", "offset", "word"]).astype(
        {"tok": "str", "lang": "str", "offset": "int64", "word": "str"}
    )


def _normalise(
    tok: str,
    slang: dict[str, str],
    known: frozenset[str],
    typo_index: dict[str, frozenset[str]],
) -> str:
    """The dictionary form of one token: as is if known, else slang, de-elongated, de-duplicated
    ('anak2'), a unique one-letter typo fix, or an affix-stripped root; else the token itself."""
    m = _REDUP.match(tok)
    base = m.group(1) + m.group(2) if m else tok
    candidates = dict.fromkeys([tok, base, _ELONG3.sub(r"\1\1", base), _ELONG2.sub(r"\1", base)])
    for c in candidates:
        if c in known:
            return slang.get(c, c)
        if c in slang:
            return slang[c]
    if typo_index and len(base) >= _TYPO_MIN_LEN - 1:
        found: set[str] = set(typo_index.get(base, ()))  # a letter missing
        found.update(d for d in _deletions(base) if d in typo_index.get(d, ()))  # one too many
        if len(found) == 1:
            return next(iter(found))
    for c in candidates:
        root = _strip_affixes(c, known)
        if root is not None:
            return slang.get(root, root)
    return base


def _strip_affixes(word: str, known: frozenset[str]) -> str | None:
    """A known root after removing Indonesian suffixes and/or prefixes ('kebanjiran' -> 'banjir')."""
    forms = [word] + [
        word[: -len(s)] for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3
    ]
    for f in forms[1:]:
        if f in known:
            return f
    for f in forms:
        for p in _PREFIXES:
            if f.startswith(p) and len(f) - len(p) >= 3 and f[len(p) :] in known:
                return f[len(p) :]
    return None


def _vocabulary(tokens: Iterable[str], res: Resources) -> pd.DataFrame:
    """One row per distinct token: its dictionary key, score and role (the per-token lookup is
    done once per distinct token, so its cost does not grow with the number of texts)."""
    rows = []
    for tok in tokens:
        if tok in _PUNCT_ROLE:
            rows.append((tok, tok, None, _PUNCT_ROLE[tok], None))
            continue
        if tok in res.emoji:
            rows.append((tok, tok, res.emoji[tok], "emoji", None))
            continue
        if not tok[0].isascii():
            rows.append((tok, tok, None, None, None))
            continue
        key = _normalise(tok, res.slang, res.known, res.typo_index)
        role, value = res.modifiers.get(key, (None, None))
        rows.append((tok, key, res.lexicon.get(key), role, value))
    vocab = pd.DataFrame(rows, columns=["tok", "key", "score", "role", "value"]).astype(
        {"tok": "str", "key": "str", "score": "float64", "role": "object", "value": "float64"}
    )
    # Only these tokens reach the scoring and topic queries (most words carry neither).
    vocab["for_sentiment"] = (
        vocab["score"].notna() | vocab["role"].notna() | vocab["key"].isin(res.phrase_words)
    )
    vocab["polite"] = vocab["key"].isin(res.polite)
    vocab["for_topic"] = vocab["key"].isin(res.topic_words)
    return vocab


class LexiconAnalyzer:
    """The default method: Indonesian lexicon and rules, vectorised in DuckDB."""

    def __init__(
        self,
        resources: Resources | None = None,
        params: dict[str, float] | None = None,
        threshold: float = THRESHOLD,
    ) -> None:
        self.resources = resources or load_resources()
        self.params = {**PARAMS, **(params or {})}
        self.threshold = threshold

    def analyse(self, texts: pd.Series) -> pd.DataFrame:
        """Sentiment label and score per text, same index as `texts`."""
        return self.label(texts, topics=False)[["sentiment", "score"]]

    def classify_topics(self, texts: pd.Series) -> pd.Series:
        """Topic label per text, same index; NA for empty texts."""
        return self.label(texts, sentiment=False)["topic"]

    def label(self, texts: pd.Series, sentiment: bool = True, topics: bool = True) -> pd.DataFrame:
        """Sentiment, score and topic in one pass over the tokens (tokenised once). Identical
        texts are scored once (exports and copy-paste campaigns repeat texts a lot)."""
        out = pd.DataFrame(index=texts.index)
        clean = texts.astype("object").where(texts.notna(), None)
        codes, uniques = pd.factorize(clean, use_na_sentinel=True)
        n = len(uniques)
        frame = pd.DataFrame({"id": range(n), "text": [str(u) for u in uniques]})
        raw = pd.Series(0.0, index=range(n))
        topic = pd.Series(pd.NA, index=range(n), dtype="object")
        language = pd.Series("other", index=range(n), dtype="object")
        if n:
            with _scratch() as mem:
                mem.register("sentiment_input", frame)
                store.execute(mem, "sentimen/tokenise")
                vocab = store.run(mem, "sentimen/distinct_tokens")["tok"].tolist()
                mem.register("sentiment_dict", _vocabulary(vocab, self.resources))
                mem.register("language_markers", self.resources.markers)
                store.execute(mem, "sentimen/language")
                langs = store.run(mem, "sentimen/languages")
                language.loc[langs["id"].to_numpy()] = langs["lang"].to_numpy()
                if sentiment:
                    mem.register("sentiment_overlay", self.resources.overlay)
                    mem.register("sentiment_overlay_keep", self.resources.overlay_keep)
                    mem.register("sentiment_phrases", self.resources.phrase_table)
                    scores = store.run(mem, "sentimen/score", **self.params)
                    raw.loc[scores["id"].to_numpy()] = scores["raw"].to_numpy()
                if topics:
                    mem.register("topic_keys", self.resources.taxonomy)
                    found = store.run(mem, "sentimen/topic_scores", min_weight=TOPIC_MIN_WEIGHT)
                    topic.loc[found["id"].to_numpy()] = found["topic"].to_numpy()
            topic[topic.isna() & (frame["text"].str.strip() != "")] = OTHER_TOPIC
        missing = codes < 0  # NA texts
        take = np.where(missing, 0, codes)
        if sentiment:
            score = (raw / (raw * raw + 1.0) ** 0.5).to_numpy()
            score = np.where(missing, 0.0, score[take]) if n else np.zeros(len(codes))
            label = np.where(
                score >= self.threshold,
                "positif",
                np.where(score <= -self.threshold, "negatif", "netral"),
            )
            out["sentiment"] = pd.array(label, dtype="str")
            out["score"] = np.round(score, 4)
        langs_out = language.to_numpy()[take] if n else np.full(len(codes), None, dtype=object)
        out["language"] = pd.array(np.where(missing, None, langs_out), dtype="str")
        if topics:
            values = topic.to_numpy()[take] if n else np.full(len(codes), pd.NA, dtype=object)
            values = np.where(missing, pd.NA, values)
            out["topic"] = pd.array(values, dtype="str")
        return out


_local = threading.local()


@contextmanager
def _scratch() -> Iterator[duckdb.DuckDBPyConnection]:
    """A private in-memory DuckDB for this thread (opening one costs more than a small label
    run, and a connection must not be shared across threads); its relations are dropped after."""
    mem = getattr(_local, "conn", None)
    if mem is None:
        mem = _local.conn = duckdb.connect(":memory:")
    try:
        yield mem
    finally:
        for name in (
            "sentiment_input",
            "sentiment_dict",
            "sentiment_phrases",
            "topic_keys",
            "language_markers",
            "sentiment_overlay",
            "sentiment_overlay_keep",
        ):
            mem.unregister(name)
        store.execute(mem, "sentimen/drop_tokens")


@cache
def default_analyzer() -> LexiconAnalyzer:
    """The shared default method (vocabulary loaded once per process)."""
    return LexiconAnalyzer()


def analyse(texts: pd.Series) -> pd.DataFrame:
    """Sentiment ('positif'|'netral'|'negatif') and score (-1..1) per text, same index."""
    return default_analyzer().analyse(texts)


def classify_topics(texts: pd.Series) -> pd.Series:
    """Topic display label (from data/topics) per text, same index; 'Lainnya' when no keyword
    matches; NA for an empty text."""
    return default_analyzer().classify_topics(texts)


def topic_labels(lang: str = "id") -> dict[str, str]:
    """Topic label -> display text in `lang`, in taxonomy order (labels are stored in Indonesian)."""
    res = load_resources()
    return {t: (res.topics_en.get(t, t) if lang == "en" else t) for t in res.topics}


def label_feedback(
    conn: duckdb.DuckDBPyConnection,
    batch_id: int | None = None,
    analyzer: Analyzer | None = None,
) -> int:
    """Fill computed sentiment and topic labels on feedback rows (of one batch, or all) that have
    none yet, and the language of every row that has none; 'uploaded' and 'corrected' labels are
    never touched. Returns the rows that got a sentiment or topic label."""
    todo = store.run(conn, "sentimen/unlabelled", batch_id=batch_id)
    if todo.empty:
        return 0
    if analyzer is None:
        from gema.sentimen import learn  # the active method: the lexicon or a trained model

        analyzer = learn.active_analyzer(conn)
    method = analyzer
    texts = todo["text"]
    if hasattr(method, "label"):
        labels = method.label(texts)
    else:
        labels = method.analyse(texts).join(default_analyzer().label(texts, sentiment=False))
    update = pd.DataFrame(
        {
            "feedback_key": todo["feedback_key"].to_numpy(),
            "sentiment": labels["sentiment"].astype("object").to_numpy(),
            "sentiment_score": labels["score"].astype("float64").to_numpy(),
            "topic": labels["topic"].astype("object").to_numpy(),
            "language": labels["language"].astype("object").to_numpy(),
        }
    )
    conn.register("sentiment_labels", update)
    try:
        store.execute(conn, "sentimen/apply_labels").fetchone()
        rollups.refresh_labelled(conn)  # dashboard roll-ups (issue 17)
    finally:
        conn.unregister("sentiment_labels")
    # rows that got a sentiment or topic label (rows that only needed their language not counted)
    return int(todo["needs_label"].sum())


# --- evaluation (bench/sentiment_eval.py and tests) ------------------------------------------------

EVAL_SET = SENTIMENT_DIR / "eval_set.csv"
# The lexicon's macro-F1 on NusaX valid (third-party text), written by
# `python bench/sentiment_bench.py --write`: the only accuracy the UI shows for the lexicon.
ACCURACY_CSV = SENTIMENT_DIR / "accuracy_nusax.csv"


def nusax_accuracy() -> pd.DataFrame:
    """language (id|su|jv), n, macro_f1, language_accuracy; empty when the file is missing."""
    if not ACCURACY_CSV.is_file():
        return pd.DataFrame(columns=["language", "n", "macro_f1", "language_accuracy"])
    return pd.read_csv(ACCURACY_CSV, keep_default_na=False)


def load_eval_set(split: str | None = None) -> pd.DataFrame:
    """The hand-labelled evaluation set (id, split, sentiment, topic, text); split 'tune' or
    'heldout' to select one part (the held-out part is never used to tune the method)."""
    df = pd.read_csv(EVAL_SET, dtype={"id": "int64"}, keep_default_na=False)
    return df if split is None else df[df["split"] == split].reset_index(drop=True)


def class_report(
    gold: pd.Series, pred: pd.Series, classes: Iterable[str] = SENTIMENTS
) -> pd.DataFrame:
    """Precision, recall, F1 and support per class (rows), with a 'macro' row averaging them."""
    g = gold.astype("object").to_numpy()
    p = pred.astype("object").to_numpy()
    rows = {}
    for c in classes:
        tp = int(((g == c) & (p == c)).sum())
        fp = int(((g != c) & (p == c)).sum())
        fn = int(((g == c) & (p != c)).sum())
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows[c] = {"precision": prec, "recall": rec, "f1": f1, "support": int((g == c).sum())}
    report = pd.DataFrame.from_dict(rows, orient="index")
    report.loc["macro"] = [
        report["precision"].mean(),
        report["recall"].mean(),
        report["f1"].mean(),
        int(report["support"].sum()),
    ]
    return report


def macro_f1(gold: pd.Series, pred: pd.Series) -> float:
    """Unweighted mean of the per-class F1 over positif, netral, negatif."""
    return float(class_report(gold, pred).loc["macro", "f1"])


def relabel_computed(
    conn: duckdb.DuckDBPyConnection,
    batch_id: int | None = None,
    analyzer: Analyzer | None = None,
) -> int:
    """Compute every 'computed' label again (after the lexicon or taxonomy was edited), in one
    transaction; uploaded and corrected labels stay. Returns rows labelled."""

    def work() -> int:
        store.execute(conn, "sentimen/clear_computed", batch_id=batch_id)
        return label_feedback(conn, batch_id=batch_id, analyzer=analyzer)

    return store.write(conn, work)
