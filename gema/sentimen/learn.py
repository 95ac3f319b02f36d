"""Learning sentiment from people: staff corrections and labelled examples an admin imports.

Why: the lexicon is written by hand and misses what Banten's public actually writes; every
correction a staff member makes is a labelled example of exactly that text. A small local
classifier (gema.sentimen.model: TF-IDF word, character and lexicon-normalised n-grams plus the
lexicon's score, logistic regression; scikit-learn, CPU, trained in seconds) learns from them and
keeps what the rules know. It is switched on only when its 5-fold cross-validated macro-F1 beats
the lexicon's macro-F1 on the same examples; an admin sees both figures and can switch back. Every
trained model is a new version in `sentiment_models` and an entry in the audit trail.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd

from gema.core import audit, store
from gema.sentimen import analyzer
from gema.sentimen.model import LearnedAnalyzer

MIN_EXAMPLES = 30  # fewer than this cannot be cross-validated meaningfully
CV_FOLDS = 5
SEED = 20261204
MODEL_TRAIN = "sentiment_model_train"
MODEL_SWITCH = "sentiment_model_switch"
EXAMPLES_IMPORT = "sentiment_examples_import"


# --- the classifier (gema.sentimen.model) ----------------------------------------------------


def cross_validate(
    texts: pd.Series,
    labels: pd.Series,
    progress: Callable[[float, str], None] | None = None,
    folds: int = CV_FOLDS,
) -> tuple[float, float, pd.Series]:
    """(model macro-F1 over out-of-fold predictions, lexicon macro-F1 on the same examples,
    the out-of-fold predictions)."""
    from sklearn.model_selection import StratifiedKFold

    texts = texts.reset_index(drop=True)
    labels = labels.astype("str").reset_index(drop=True)
    counts = labels.value_counts()
    k = int(min(folds, counts.min())) if len(counts) == 3 else 0
    lex = analyzer.default_analyzer().analyse(texts)["sentiment"]
    lex_f1 = analyzer.macro_f1(labels, lex)
    if k < 2:
        return 0.0, lex_f1, pd.Series("netral", index=texts.index)
    pred = pd.Series("", index=texts.index, dtype="object")
    skf = StratifiedKFold(k, shuffle=True, random_state=SEED)
    for i, (a, b) in enumerate(skf.split(texts, labels)):
        if progress:
            progress(0.1 + 0.6 * i / k, f"validasi silang {i + 1}/{k}")
        m = LearnedAnalyzer().fit(texts.iloc[a], labels.iloc[a])
        pred.iloc[b] = m.analyse(texts.iloc[b].reset_index(drop=True))["sentiment"].to_numpy()
    return analyzer.macro_f1(labels, pred), lex_f1, pred


# --- the store: examples, versions, the active method -----------------------------------------


def import_examples(
    conn: duckdb.DuckDBPyConnection, df: pd.DataFrame, source_file: str, username: str | None
) -> int:
    """Store labelled examples (text, sentiment) in one transaction and audit it."""
    frame = df[["text", "sentiment"]].astype("str").reset_index(drop=True)

    def work() -> None:
        conn.register("learn_input", frame)
        try:
            store.execute(
                conn, "sentimen/examples_insert", source_file=source_file, added_by=username
            )
        finally:
            conn.unregister("learn_input")
        audit.record(conn, username, EXAMPLES_IMPORT, file=source_file, rows=len(frame))

    store.write(conn, work)
    return len(frame)


def training_examples(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Staff corrections plus imported examples (text, sentiment, origin)."""
    return store.run(conn, "sentimen/training_examples")


@dataclass
class TrainResult:
    version: int | None
    n_examples: int
    n_corrections: int
    cv_f1_model: float
    cv_f1_lexicon: float
    activated: bool
    message: str = ""


def train(
    conn: duckdb.DuckDBPyConnection,
    username: str | None,
    progress: Callable[[float, str], None] | None = None,
) -> TrainResult:
    """Cross-validate, then train on every example, store a new version and audit it; switch it
    on only when it beats the lexicon (else the current method stays)."""
    ex = training_examples(conn)
    n_corr = int((ex["origin"] == "correction").sum()) if not ex.empty else 0
    if len(ex) < MIN_EXAMPLES or ex["sentiment"].nunique() < 3:
        return TrainResult(
            None,
            len(ex),
            n_corr,
            0.0,
            0.0,
            False,
            f"Contoh berlabel terlalu sedikit: {len(ex)} (minimal {MIN_EXAMPLES}, "
            "dengan ketiga label).",
        )
    if progress:
        progress(0.05, "membaca contoh")
    cv_model, cv_lex, _ = cross_validate(ex["text"], ex["sentiment"], progress)
    if progress:
        progress(0.75, "melatih model akhir")
    model = LearnedAnalyzer().fit(ex["text"], ex["sentiment"])
    better = cv_model > cv_lex

    def work() -> int:
        version = int(store.scalar(conn, "sentimen/next_version"))
        store.execute(
            conn,
            "sentimen/model_insert",
            version=version,
            trained_by=username,
            n_examples=len(ex),
            n_corrections=n_corr,
            cv_f1_model=cv_model,
            cv_f1_lexicon=cv_lex,
            model=model.dumps(),
        )
        if better:
            store.execute(conn, "sentimen/model_activate", version=version)
        audit.record(
            conn,
            username,
            MODEL_TRAIN,
            version=version,
            n_examples=len(ex),
            n_corrections=n_corr,
            cv_f1_model=round(cv_model, 4),
            cv_f1_lexicon=round(cv_lex, 4),
            activated=better,
        )
        return version

    version = store.write(conn, work)
    _cache.clear()
    return TrainResult(version, len(ex), n_corr, cv_model, cv_lex, better)


def switch(conn: duckdb.DuckDBPyConnection, version: int | None, username: str | None) -> None:
    """Make `version` the active method, or the lexicon (None); audited."""

    def work() -> None:
        store.execute(conn, "sentimen/model_activate", version=version)
        audit.record(conn, username, MODEL_SWITCH, version=version)

    store.write(conn, work)
    _cache.clear()


def models(conn: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return store.run(conn, "sentimen/models")


_cache: dict[int, LearnedAnalyzer] = {}


def active_analyzer(
    conn: duckdb.DuckDBPyConnection,
) -> analyzer.LexiconAnalyzer | LearnedAnalyzer:
    """The method labelling feedback now: the active model version, else the lexicon."""
    row = store.run(conn, "sentimen/model_active")
    if row.empty:
        return analyzer.default_analyzer()
    version = int(row["version"].iloc[0])
    if version not in _cache:
        _cache.clear()
        _cache[version] = LearnedAnalyzer.loads(bytes(row["model"].iloc[0]), version)
    return _cache[version]


def method_name(method: object) -> str:
    return getattr(method, "name", "lexicon") if isinstance(method, LearnedAnalyzer) else "lexicon"


# --- evaluation -------------------------------------------------------------------------------


def evaluate(method: Any, df: pd.DataFrame) -> dict[str, Any]:
    """The CLI/admin-page contract: n, macro_f1, per_class {label: {precision, recall, f1,
    support}}, confusion (rows gold, columns predicted, order positif/netral/negatif), method."""
    pred = method.analyse(df["text"].reset_index(drop=True))["sentiment"]
    gold = df["sentiment"].reset_index(drop=True)
    rep = analyzer.class_report(gold, pred)
    cm = pd.crosstab(gold, pred).reindex(
        index=list(analyzer.SENTIMENTS), columns=list(analyzer.SENTIMENTS), fill_value=0
    )
    return {
        "n": len(df),
        "macro_f1": round(float(rep.loc["macro", "f1"]), 4),
        "per_class": {
            c: {k: round(float(rep.loc[c, k]), 4) for k in ("precision", "recall", "f1")}
            | {"support": int(rep.loc[c, "support"])}
            for c in analyzer.SENTIMENTS
        },
        "confusion": cm.to_numpy().astype(int).tolist(),
        "method": method_name(method),
    }


def worst_mistakes(method: Any, df: pd.DataFrame, limit: int = 20) -> pd.DataFrame:
    """Wrong predictions, the most confidently wrong first (positive read as negative and back
    before anything involving netral)."""
    res = method.analyse(df["text"].reset_index(drop=True))
    out = df[["row_number", "text", "sentiment"]].reset_index(drop=True).copy()
    out["predicted"] = res["sentiment"].to_numpy()
    out["score"] = res["score"].to_numpy()
    wrong = out[out["predicted"] != out["sentiment"]].copy()
    polar = {"positif": 1.0, "netral": 0.0, "negatif": -1.0}
    wrong["distance"] = (wrong["sentiment"].map(polar) - wrong["score"]).abs()
    return wrong.sort_values("distance", ascending=False).head(limit).drop(columns="distance")


# --- background jobs (admin page) -------------------------------------------------------------


@dataclass
class Job:
    """A retraining + relabelling run in a background thread; the page polls it."""

    progress: float = 0.0
    step: str = ""
    done: bool = False
    error: str | None = None
    result: TrainResult | None = None
    relabelled: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def update(self, value: float, step: str) -> None:
        with self.lock:
            self.progress, self.step = value, step


def start_retrain(db_path: str, username: str | None) -> Job:
    """Retrain, then (when the active method changed) relabel computed labels, in a thread with
    its own cursor; returns the Job to poll."""
    job = Job()

    def work() -> None:
        try:
            cur = store.cursor(store.shared_connection(db_path))
            try:
                job.result = train(cur, username, job.update)
                if job.result.activated:
                    job.update(0.85, "melabel ulang aspirasi")
                    job.relabelled = analyzer.relabel_computed(cur)
            finally:
                cur.close()
            job.update(1.0, "selesai")
        except Exception as exc:  # shown on the page; the thread must not die silently
            job.error = str(exc)
        finally:
            job.done = True

    threading.Thread(target=work, daemon=True, name="gema-sentiment-retrain").start()
    return job


def start_relabel(db_path: str) -> Job:
    """Relabel every computed label with the active method, in a thread."""
    job = Job()

    def work() -> None:
        try:
            cur = store.cursor(store.shared_connection(db_path))
            try:
                job.update(0.2, "melabel ulang aspirasi")
                job.relabelled = analyzer.relabel_computed(cur)
            finally:
                cur.close()
            job.update(1.0, "selesai")
        except Exception as exc:
            job.error = str(exc)
        finally:
            job.done = True

    threading.Thread(target=work, daemon=True, name="gema-sentiment-relabel").start()
    return job


# --- what the dashboards show -----------------------------------------------------------------

LANG_ORDER = ("id", "su", "jv", "other")


def language_mix(conn: duckdb.DuckDBPyConnection, f: Any, lang: str = "id") -> pd.DataFrame:
    """language (code), label (display), feedback, share (0..1) within the filters."""
    from gema.core import i18n

    df = store.run(conn, "sentimen/language_mix", **f.params())
    df["language"] = df["language"].astype("object").where(df["language"].notna(), "unknown")
    order = {c: i for i, c in enumerate((*LANG_ORDER, "unknown"))}
    df = df.assign(o=df["language"].map(order).fillna(99)).sort_values("o").drop(columns="o")
    df["label"] = [i18n.t(f"lang.{c}", lang) for c in df["language"]]
    total = df["feedback"].sum()
    df["share"] = df["feedback"] / total if total else 0.0
    return df.reset_index(drop=True)


def accuracy_caption(conn: duckdb.DuckDBPyConnection, lang: str = "id") -> str:
    """The accuracy line shown next to sentiment: the lexicon's macro-F1 on NusaX valid
    (third-party text; never the team's own set), plus the active model's cross-validated figure
    on staff-labelled examples when a model is switched on."""
    from gema.core import i18n

    acc = analyzer.nusax_accuracy()
    if acc.empty:
        return ""
    f1 = {r.language: i18n.fmt_num(r.macro_f1, 2) for r in acc.itertuples()}
    text = i18n.t(
        "dash.a.sentiment_accuracy",
        lang,
        method=i18n.t("sent.lexicon", lang),
        id=f1.get("id", "–"),
        su=f1.get("su", "–"),
        jv=f1.get("jv", "–"),
    )
    m = models(conn)
    active = m[m["active"]]
    if not active.empty:
        r = active.iloc[0]
        text += " " + i18n.t(
            "dash.a.sentiment_accuracy_model",
            lang,
            version=int(r["version"]),
            f1=i18n.fmt_num(r["cv_f1_model"], 2),
            n=i18n.fmt_int(r["n_examples"]),
            lex=i18n.fmt_num(r["cv_f1_lexicon"], 2),
        )
    return text


def language_caption(lang: str = "id") -> str:
    """How well the language detector does on NusaX valid (third-party text)."""
    from gema.core import i18n

    acc = analyzer.nusax_accuracy()
    if acc.empty:
        return ""
    pct = {r.language: i18n.fmt_num(100 * r.language_accuracy, 0) for r in acc.itertuples()}
    return i18n.t("dash.a.languages_caption", lang, **{k: pct.get(k, "–") for k in LANG_ORDER[:3]})


def example_counts(conn: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    row = store.run(conn, "sentimen/example_counts").iloc[0]
    return int(row["corrections"]), int(row["imports"])


# --- the admin page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PageData:
    """What the Metode sentimen page shows: the active method (and its version, None for the
    lexicon), the lexicon's NusaX macro-F1 per language, the model versions, the example
    counts, and the store path the background jobs open their own cursor on."""

    active: Any
    version: int | None
    nusax_f1: dict[str, float]
    models: pd.DataFrame
    corrections: int
    imports: int
    db_path: str


def page_data(conn: duckdb.DuckDBPyConnection) -> PageData:
    """One call per render of pages/sentimen.py."""
    active = active_analyzer(conn)
    acc = analyzer.nusax_accuracy()
    corrections, imports = example_counts(conn)
    return PageData(
        active,
        getattr(active, "version", None),
        {r.language: r.macro_f1 for r in acc.itertuples()},
        models(conn),
        corrections,
        imports,
        str(store.db_path()),
    )
