"""Quality and speed of the Indonesian sentiment/topic method (gema.sentimen).

Quality: macro-F1, per-class precision/recall/F1 and the confusion matrix on the hand-labelled
set data/sentiment/eval_set.csv, on its held-out split (never used for tuning), its tuning split
and all of it; against a majority-class baseline and a keyword-only baseline (the lexicon words
counted with no negation, slang, intensifier, contrast or emoji rules). Topic accuracy likewise.

Speed: texts per second of gema.sentimen.analyse + classify_topics on N texts (default 100,000,
drawn from the labelled set with a per-row token appended so the vocabulary grows as in real
data), against the keyword-only baseline measured in the same run; printed as a ratio.

    .venv/bin/python bench/sentiment_eval.py [--n 100000]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gema import sentimen as sentiment
from gema.core import store


def keyword_baseline(texts: pd.Series) -> pd.Series:
    """Count positive and negative lexicon words by plain regex, vectorised in pandas."""
    res = sentiment.load_resources()
    pos = [w for w, s in res.lexicon.items() if s > 0]
    neg = [w for w, s in res.lexicon.items() if s < 0]

    def pattern(words: list[str]) -> str:
        return (
            r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"
        )

    low = texts.fillna("").str.lower()
    diff = low.str.count(pattern(pos)) - low.str.count(pattern(neg))
    out = np.where(diff > 0, "positif", np.where(diff < 0, "negatif", "netral"))
    return pd.Series(out, index=texts.index)


def report(name: str, gold: pd.Series, pred: pd.Series) -> float:
    rep = sentiment.class_report(gold, pred)
    print(f"\n{name}: macro-F1 {rep.loc['macro', 'f1']:.3f} (n={len(gold)})")
    print(rep.round(3).to_string())
    return float(rep.loc["macro", "f1"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="texts for the throughput run")
    args = ap.parse_args(argv)

    data = sentiment.load_eval_set()
    analyzer = sentiment.default_analyzer()
    labels = analyzer.label(data["text"])
    data["pred"] = labels["sentiment"].to_numpy()
    data["pred_topic"] = labels["topic"].to_numpy()
    data["keyword"] = keyword_baseline(data["text"]).to_numpy()
    majority = data.loc[data["split"] == "tune", "sentiment"].mode().iloc[0]

    counts = data.groupby(["split", "sentiment"]).size().unstack(fill_value=0)
    print(f"Labelled set: {len(data)} texts\n{counts.to_string()}")
    summary = {}
    for split in ("heldout", "tune", "all"):
        part = data if split == "all" else data[data["split"] == split]
        summary[split] = report(f"Lexicon method, {split}", part["sentiment"], part["pred"])
        if split != "tune":
            cm = pd.crosstab(part["sentiment"], part["pred"], rownames=["gold"], colnames=["pred"])
            print(
                "confusion matrix:\n"
                + cm.reindex(
                    index=sentiment.SENTIMENTS, columns=sentiment.SENTIMENTS, fill_value=0
                ).to_string()
            )
    held = data[data["split"] == "heldout"]
    kw_f1 = sentiment.macro_f1(held["sentiment"], held["keyword"])
    maj_f1 = sentiment.macro_f1(held["sentiment"], pd.Series(majority, index=held.index))
    print(
        f"\nBaselines on held-out: keyword-only macro-F1 {kw_f1:.3f}, "
        f"majority class ('{majority}') macro-F1 {maj_f1:.3f}"
    )
    for split in ("heldout", "all"):
        part = data if split == "all" else held
        acc = (part["topic"] == part["pred_topic"]).mean()
        print(f"Topic accuracy ({split}, {part['topic'].nunique()} topics): {acc:.3f}")

    # A second, independent set: generated demo feedback with its intended labels (templates
    # written by another team member; some of its vocabulary gaps were added to the lexicon).
    try:
        from gema import demo

        sample = demo.feedback_sample(2000, seed=7)
    except (ImportError, AttributeError):
        sample = None
    if sample is not None:
        pred = analyzer.analyse(sample["text"])["sentiment"]
        report(
            "Demo feedback sample (gema.demo.feedback_sample)", sample["intended_sentiment"], pred
        )

    rng = np.random.default_rng(7)
    pick = rng.integers(0, len(data), args.n)
    tags = rng.integers(0, args.n // 4 + 1, args.n)
    texts = pd.Series(data["text"].to_numpy()[pick]) + pd.Series([f" kode{t}" for t in tags])
    t0 = time.perf_counter()
    keyword_baseline(texts)
    base_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    analyzer.label(texts)
    ours_s = time.perf_counter() - t0
    print(f"\nThroughput on {args.n:,} texts (sentiment + topic in one pass):")
    print(f"  lexicon method   {args.n / ours_s:12,.0f} texts/s ({ours_s:.2f} s)")
    print(f"  keyword baseline {args.n / base_s:12,.0f} texts/s ({base_s:.2f} s)")
    print(f"  ratio lexicon/baseline throughput: {base_s / ours_s:.2f}")

    # End to end on a store: label_feedback fetches, labels and updates every unlabelled row.
    with tempfile.TemporaryDirectory() as tmp:
        conn = store.connect(Path(tmp) / "bench.duckdb")
        frame = pd.DataFrame({"text": texts})
        conn.register("bench_texts", frame)
        conn.execute(
            "INSERT INTO feedback (received_at, channel, text, batch_id)"
            " SELECT TIMESTAMP '2026-01-01', 'Instagram', text, 1 FROM bench_texts"
        )
        conn.unregister("bench_texts")
        t0 = time.perf_counter()
        updated = sentiment.label_feedback(conn, batch_id=1)
        store_s = time.perf_counter() - t0
        conn.close()
    print(
        f"  label_feedback on a store: {updated:,} rows in {store_s:.2f} s "
        f"({updated / store_s:,.0f} rows/s; ratio to keyword baseline {base_s / store_s:.2f})"
    )
    print(f"\nSummary: macro-F1 held-out {summary['heldout']:.3f}, all {summary['all']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
