"""NusaX-Senti (CC BY-SA 4.0, Winata et al. 2022) read from `../shared/sentiment/nusax`.

Why a separate reader: the data is third-party text that this project did not write, so it is the
only honest yardstick for the sentiment method; it is never copied into the repository (the
licence and the point of an outside test both forbid that), so it is read from the shared folder
next to the repository, or from `GEMA_NUSAX_DIR`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from gema.core import store

LANGUAGES = ("indonesian", "sundanese", "javanese")
LANG_CODE = {"indonesian": "id", "sundanese": "su", "javanese": "jv"}
LABELS = {"positive": "positif", "neutral": "netral", "negative": "negatif"}
ATTRIBUTION = (
    "NusaX-Senti (Winata et al., 2022, arXiv:2205.15960; CC BY-SA 4.0), "
    "repository IndoNLP/nusax, commit 75b0be5"
)


def nusax_dir() -> Path:
    """Where the NusaX files live: $GEMA_NUSAX_DIR, else ../shared/sentiment/nusax."""
    raw = os.environ.get("GEMA_NUSAX_DIR")
    return Path(raw) if raw else store.ROOT.parent / "shared" / "sentiment" / "nusax"


def available() -> bool:
    """True when every language has its train and valid file."""
    base = nusax_dir()
    return all(
        (base / lang / f"{s}.csv").is_file() for lang in LANGUAGES for s in ("train", "valid")
    )


def load(language: str, split: str) -> pd.DataFrame:
    """Columns id, text, sentiment (positif|netral|negatif), language (id|su|jv)."""
    df = pd.read_csv(nusax_dir() / language / f"{split}.csv", keep_default_na=False)
    return pd.DataFrame(
        {
            "id": df["id"].astype("int64"),
            "text": df["text"].astype("str"),
            "sentiment": df["label"].map(LABELS).astype("str"),
            "language": LANG_CODE[language],
        }
    )


def load_all(split: str) -> pd.DataFrame:
    """All three languages of one split, one frame."""
    return pd.concat([load(lang, split) for lang in LANGUAGES], ignore_index=True)
