"""Sentiment measured honestly: macro-F1 and per-class F1 on NusaX-Senti valid (third-party text,
Indonesian, Sundanese, Javanese), on the project's own hand-written set, and for a majority
baseline, in one table; then throughput on 500,000 texts.

Methods: `lexicon` is the shipped rule method (its vocabulary was tuned on NusaX *train* and on the
'tune' split of the own set, never on NusaX valid); `model` is the learned classifier
(gema.sentimen.learn) trained on NusaX train of all three languages, as an admin would after
`python -m gema sentimen --learn`; `majority` always answers the most frequent class of NusaX train.

The model's hyper-parameters (gema/sentimen/model.py) were chosen by cross-validation on NusaX
train only; `--cv` reruns that choice (`model.choose`): 5 folds grouped by sentence id (NusaX is
parallel, so a sentence and its translations stay in one fold), 3 fold seeds, macro-F1 per
language for every candidate in `model.CANDIDATES`. NusaX valid is only reported, never used to
choose.

Usage: python bench/sentiment_bench.py [--n 500000] [--no-model] [--markdown] [--cv]
NusaX is read from ../shared/sentiment/nusax (or GEMA_NUSAX_DIR), never from the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gema import sentimen as sentiment
from gema.sentimen import learn as sentiment_learn
from gema.sentimen import model as sentiment_model
from gema.sentimen import nusax


def keyword_baseline(texts: pd.Series) -> pd.Series:
    """Plain word counting against the lexicon (the throughput baseline)."""
    res = sentiment.load_resources()
    pos = {w for w, s in res.lexicon.items() if s > 0}
    neg = {w for w, s in res.lexicon.items() if s < 0}
    words = texts.fillna("").str.lower().str.findall(r"[a-z]+")
    diff = words.map(lambda ws: sum((w in pos) - (w in neg) for w in ws))
    return pd.Series(np.where(diff > 0, "positif", np.where(diff < 0, "negatif", "netral")))


def row(data: str, method: str, gold: pd.Series, pred: pd.Series) -> dict[str, object]:
    rep = sentiment.class_report(gold.reset_index(drop=True), pred.reset_index(drop=True))
    return {
        "data": data,
        "method": method,
        "n": len(gold),
        "macro_f1": rep.loc["macro", "f1"],
        "f1_positif": rep.loc["positif", "f1"],
        "f1_netral": rep.loc["netral", "f1"],
        "f1_negatif": rep.loc["negatif", "f1"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500_000, help="texts for the throughput run")
    ap.add_argument("--no-model", action="store_true", help="skip training the classifier")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    ap.add_argument(
        "--write",
        action="store_true",
        help=f"write the lexicon's NusaX valid figures shown in the UI to {sentiment.ACCURACY_CSV}",
    )
    ap.add_argument(
        "--cv",
        action="store_true",
        help="only rerun the model's choice by grouped CV on NusaX train (a few minutes), then stop",
    )
    args = ap.parse_args(argv)
    if not nusax.available():
        print(f"NusaX not found in {nusax.nusax_dir()}; nothing to measure.", file=sys.stderr)
        return 2

    lex = sentiment.default_analyzer()
    train = nusax.load_all("train")
    if args.cv:
        print("Grouped 5-fold CV on NusaX train, mean of 3 fold seeds (macro-F1 per language):")
        t0 = time.process_time()
        best, table = sentiment_model.choose(
            train["text"], train["sentiment"], train["id"], train["language"]
        )
        print(table.round(4).to_string(index=False))
        shipped = sentiment_model.CHOSEN
        print(f"chosen: {best}; shipped in gema/sentimen/model.py: {shipped}")
        print(f"({time.process_time() - t0:.0f} s CPU)")
        return 0 if best == shipped else 1
    majority = train["sentiment"].mode().iloc[0]
    model = None
    if not args.no_model:
        t0, c0 = time.perf_counter(), time.process_time()
        model = sentiment_learn.LearnedAnalyzer().fit(train["text"], train["sentiment"])
        print(
            f"model trained on NusaX train ({len(train)} texts) in "
            f"{time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU"
        )

    sets: list[tuple[str, pd.DataFrame]] = []
    for lang in nusax.LANGUAGES:
        sets.append((f"NusaX valid {nusax.LANG_CODE[lang]}", nusax.load(lang, "valid")))
    own = sentiment.load_eval_set()
    sets.append(("own set, held-out", own[own["split"] == "heldout"]))
    sets.append(("own set, all", own))

    rows = []
    langs = []
    for name, df in sets:
        gold = df["sentiment"]
        labels = lex.label(df["text"], topics=False)
        rows.append(row(name, "majority", gold, pd.Series(majority, index=df.index)))
        rows.append(row(name, "lexicon", gold, labels["sentiment"]))
        if model is not None:
            rows.append(row(name, "model", gold, model.analyse(df["text"])["sentiment"]))
        if name.startswith("NusaX"):
            want = name.rsplit(" ", 1)[1]
            langs.append((name, (labels["language"] == want).mean()))
    table = pd.DataFrame(rows)
    print(f"\nMacro-F1 and per-class F1 (majority class of NusaX train: '{majority}')")
    shown = table.copy()
    for c in ("macro_f1", "f1_positif", "f1_netral", "f1_negatif"):
        shown[c] = shown[c].map(lambda v: f"{v:.3f}")
    if args.markdown:
        print("| " + " | ".join(shown.columns) + " |")
        print("|" + "---|" * len(shown.columns))
        for r in shown.itertuples(index=False):
            print("| " + " | ".join(str(v) for v in r) + " |")
    else:
        print(shown.to_string(index=False))
    print("\nLanguage detection accuracy (share of texts detected as the file's language):")
    for name, acc in langs:
        print(f"  {name}: {acc:.2f}")

    sample = pd.read_csv(sentiment.TOPICS_DIR / "nusax_topic_sample.csv")
    print(
        f"\nTopic accuracy on {len(sample)} NusaX valid sentences labelled by hand "
        "(data/topics/nusax_topic_sample.csv; the same sentences in each language):"
    )
    for lang in nusax.LANGUAGES:
        d = nusax.load(lang, "valid").merge(sample, on="id")
        pred = lex.classify_topics(d["text"])
        print(f"  {nusax.LANG_CODE[lang]}: {(pred == d['topic']).mean():.2f} (n={len(d)})")
    share = (sample["topic"] == sentiment.OTHER_TOPIC).mean()
    print(f"  ('{sentiment.OTHER_TOPIC}' is the hand label of {share:.0%} of the sample)")

    if args.write:
        lex_rows = table[(table["method"] == "lexicon") & table["data"].str.startswith("NusaX")]
        out = pd.DataFrame(
            {
                "language": [d.rsplit(" ", 1)[1] for d in lex_rows["data"]],
                "n": lex_rows["n"].to_numpy(),
                "macro_f1": lex_rows["macro_f1"].round(3).to_numpy(),
                "language_accuracy": [round(a, 2) for _, a in langs],
            }
        )
        out.to_csv(sentiment.ACCURACY_CSV, index=False)
        print(f"wrote {sentiment.ACCURACY_CSV}")

    rng = np.random.default_rng(7)
    pool = pd.concat([train["text"], own["text"]], ignore_index=True).to_numpy()
    texts = pd.Series(pool[rng.integers(0, len(pool), args.n)]) + pd.Series(
        [f" kode{t}" for t in rng.integers(0, args.n // 4 + 1, args.n)]
    )
    t0, c0 = time.perf_counter(), time.process_time()
    keyword_baseline(texts)
    base_s, base_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    lex.label(texts)
    ours_s, ours_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"\nThroughput, {args.n:,} texts (sentiment + topic + language, lexicon method):")
    print(f"  lexicon method   {ours_s:7.2f} s wall, {ours_cpu:7.2f} s CPU")
    print(f"  keyword baseline {base_s:7.2f} s wall, {base_cpu:7.2f} s CPU (plain word counting)")
    print("  (wall time depends on the machine's load; CPU time is this process's own)")
    print(f"  ratio lexicon time / baseline time: {ours_s / base_s:.2f}")
    if model is not None:
        # the learned model labels every distinct text; 20,000 distinct texts, one call
        few = texts.iloc[:20_000]
        t0, c0 = time.perf_counter(), time.process_time()
        model.analyse(few)
        m_s, m_cpu = time.perf_counter() - t0, time.process_time() - c0
        t0 = time.perf_counter()
        for t in few.iloc[:50]:
            model.analyse(pd.Series([t]))
        one_ms = (time.perf_counter() - t0) / 50 * 1000
        print(
            f"  learned model, {len(few):,} texts: {m_s:.2f} s wall, {m_cpu:.2f} s CPU "
            f"({m_cpu / len(few) * 1000:.2f} ms CPU per text in bulk; one text per call "
            f"{one_ms:.0f} ms wall); ratio per text to the lexicon method: "
            f"{(m_s / len(few)) / (ours_s / args.n):.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
