"""Reading a labelled sample (text + sentiment label) from a CSV/TSV/XLSX file, for the
sentiment method's `--learn` / `--evaluate` and its admin page. Read like any upload (encodings,
delimiters, sheets: gema.ingest.read); a file with an unknown label is refused as a whole."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from gema.core import store
from gema.ingest.read import ReadError, read_file

TEXT_COLUMNS = ("text", "teks", "Tweet", "tweet", "komentar", "isi")
LABEL_COLUMNS = ("label", "sentimen", "sentiment", "Sentimen")
LABEL_MAP = {
    "positive": "positif",
    "positif": "positif",
    "pos": "positif",
    "1": "positif",
    "+1": "positif",
    "neutral": "netral",
    "netral": "netral",
    "0": "netral",
    "negative": "negatif",
    "negatif": "negatif",
    "neg": "negatif",
    "-1": "negatif",
}


class LabelFileError(ValueError):
    """A labelled file that cannot be used; the message is in Indonesian and names the column
    or row."""


# --- reading labelled files -------------------------------------------------------------------


def read_labelled(
    path: str | Path,
    text_col: str | None = None,
    label_col: str | None = None,
    file_name: str | None = None,
) -> pd.DataFrame:
    """Columns row_number, text, sentiment (positif|netral|negatif) from a CSV/TSV/XLSX file.
    Every row must have a known label: a file with a bad label is refused as a whole (a sample
    silently missing rows would give a wrong accuracy)."""
    mem = duckdb.connect(":memory:")
    try:
        try:
            raw = read_file(mem, Path(path), file_name=file_name)
        except ReadError as exc:
            raise LabelFileError(exc.message()) from exc
        text = _pick(raw.columns, text_col, TEXT_COLUMNS, "teks")
        label = _pick(raw.columns, label_col, LABEL_COLUMNS, "label")
        df = store.run(
            mem, "sentimen/labelled_rows", idents={"table": raw.table, "text": text, "label": label}
        )
    finally:
        mem.close()
    df["text"] = df["text"].fillna("").astype("str").str.strip()
    key = df["label"].fillna("").astype("str").str.strip().str.lower()
    key = key.str.replace(r"\.0$", "", regex=True)
    df["sentiment"] = key.map(LABEL_MAP)
    bad = df[df["sentiment"].isna()]
    if not bad.empty:
        first = bad.iloc[0]
        raise LabelFileError(
            f"Baris {int(first['row_number'])}: label {first['label']!r} di kolom {label!r} tidak "
            f"dikenal ({len(bad)} baris); pakai positive/neutral/negative, "
            "positif/netral/negatif atau 1/0/-1."
        )
    df = df[df["text"] != ""]
    if df.empty:
        raise LabelFileError(f"Kolom {text!r} tidak berisi teks.")
    return df[["row_number", "text", "sentiment"]].reset_index(drop=True)


def _pick(columns: list[str], wanted: str | None, defaults: tuple[str, ...], what: str) -> str:
    if wanted:
        if wanted in columns:
            return wanted
        raise LabelFileError(
            f"Kolom {what} {wanted!r} tidak ada di berkas; kolom yang ada: {', '.join(columns)}."
        )
    lower = {c.lower(): c for c in columns}
    for d in defaults:
        if d.lower() in lower:
            return lower[d.lower()]
    raise LabelFileError(
        f"Kolom {what} tidak ditemukan (dicari: {', '.join(defaults)}); kolom yang ada: "
        f"{', '.join(columns)}. Sebutkan dengan --text-col/--label-col."
    )
