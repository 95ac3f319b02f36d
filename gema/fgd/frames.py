"""FGD display: speaker-group labels, the capture table, and masking for public screens."""

from __future__ import annotations

import re

import pandas as pd

from gema.core.regions import KODE_NAMA
from gema.fgd.data import SPEAKER_GROUPS

# Kiosk/projector screens show feedback text without names; personal data inside the text is
# masked too (gema.core.privacy).


def redact(text: object) -> str:
    """Mask personal data (e-mail, phone numbers in any layout, NIK, names after a form of
    address, street addresses) in a text shown in public: see gema.core.privacy.mask."""
    from gema.core import privacy

    return privacy.mask(text)


def group_key(value: object) -> str | None:
    """'Tokoh Masyarakat', 'tokoh-masyarakat', 'pelaku usaha ' → the SPEAKER_GROUPS code; other
    text is returned stripped; empty → None."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    if not text:
        return None
    code = re.sub(r"[\s\-]+", "_", text.lower())
    return code if code in SPEAKER_GROUPS else text


def group_label(value: object, lang: str = "id") -> str:
    """The display label of a speaker group: the catalogue's for a known group (whatever the
    stored spelling), else the stored text with a capital first letter; '—' when empty."""
    from gema.core import i18n

    key = group_key(value)
    if key is None:
        return "—"
    if key in SPEAKER_GROUPS:
        return i18n.t(f"fgd.group.{key}", lang)
    return key[:1].upper() + key[1:]


def is_closed(value: object) -> bool:
    """Whether a session's closed_at holds a time (None/NaT = still open)."""
    return value is not None and not pd.isna(value)


# Column widths (px) of the capture page's table: the aspiration text is what the note-taker
# checks, so it is wide and comes right after the number; the rest are short codes and names.
DISPLAY_WIDTHS = {
    "fgd.col.id": 50, "fgd.col.text": 380, "fgd.col.time": 150, "fgd.col.group": 125,
    "fgd.col.topic": 140, "fgd.col.sentiment": 80, "fgd.col.kabkota": 130, "fgd.col.by": 100,
}  # fmt: skip


def display_frame(rows: pd.DataFrame, lang: str = "id") -> pd.DataFrame:
    """The saved entries as the capture page lists them (Indonesian headers and formats)."""
    from gema.core import i18n

    def t(key: str) -> str:
        return i18n.t(key, lang)

    return pd.DataFrame(
        {
            t("fgd.col.id"): rows["feedback_key"].astype("int64"),
            t("fgd.col.text"): rows["text"].astype("object"),
            t("fgd.col.time"): [i18n.fmt_datetime(v, lang) for v in rows["received_at"]],
            t("fgd.col.group"): [
                group_label(g, lang)
                for g in rows["author_type"]
                .astype("object")
                .where(rows["author_type"].notna(), None)
            ],
            t("fgd.col.topic"): rows["topic"].astype("object").fillna("—"),
            t("fgd.col.sentiment"): [
                t(f"dash.sent.{s}") if isinstance(s, str) else "—" for s in rows["sentiment"]
            ],
            t("fgd.col.kabkota"): [KODE_NAMA.get(k, "—") for k in rows["kabkota"]],
            t("fgd.col.by"): rows["created_by"].astype("object").fillna("—"),
        }
    )
