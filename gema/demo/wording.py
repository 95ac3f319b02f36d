"""Feedback wording: templates filled with places and numbers, then varied per author (slang,
typos, elongation, emoji, casing) so the texts read like real Indonesian comments."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from numpy.dtypes import StringDType

from gema.demo import text as T
from gema.demo.common import SENTIMENTS, _Context, _pick, _s


def _slot_values(
    ctx: _Context,
    rng: np.random.Generator,
    kab: np.ndarray,
    table: dict[str, list[str]],
    generic: list[str],
) -> np.ndarray:
    """One value per row from the row's kab/kota list (generic words when unknown)."""
    out = _pick(rng, generic, len(kab))
    for k, options in table.items():
        sel = kab == k
        out[sel] = _pick(rng, options, int(sel.sum()))
    return out


def _templates(style: str, topics: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Flattened templates with (offset, size) per (topic, sentiment) group."""
    flat: list[str] = []
    offset = np.zeros((len(topics), 3), np.int64)
    size = np.zeros((len(topics), 3), np.int64)
    for i, t in enumerate(topics):
        for j, s in enumerate(SENTIMENTS):
            src = T.FORMAL.get(t, {}).get(s) if style == "formal" else None
            items = src or T.CASUAL[t][s]
            offset[i, j], size[i, j] = len(flat), len(items)
            flat.extend(items)
    return flat, offset, size


def _compose(
    ctx: _Context, rng: np.random.Generator, df: pd.DataFrame, topics: list[str]
) -> np.ndarray:
    """Texts from templates × slots × variations (openers, tails, slang, typos, emoji, case)."""
    n = len(df)
    channel = df["channel"].to_numpy()
    sent_ix = pd.Categorical(df["sentiment"], categories=SENTIMENTS).codes
    formal_p = np.select(
        [channel == "FGD", channel == "LAPOR!", channel == "WhatsApp"],
        [1.0, 0.75, 0.35],
        default=0.04,
    )
    formal = rng.random(n) < formal_p
    text = np.empty(n, dtype=StringDType())
    for style, sel in (("formal", formal), ("casual", ~formal)):
        flat, offset, size = _templates(style, topics)
        ti, si = df["topic_ix"].to_numpy()[sel], sent_ix[sel]
        pick = offset[ti, si] + (rng.random(int(sel.sum())) * size[ti, si]).astype(np.int64)
        text[sel] = _s(flat)[pick]

    # Openers and tails (before the slots: FGD openers name the place too).
    casual = ~formal
    for j, s in enumerate(SENTIMENTS):
        sel = casual & (sent_ix == j)
        k = int(sel.sum())
        more = rng.random(k) < 0.18
        text_s = text[sel]
        text_s[more] = np.strings.add(
            np.strings.add(text_s[more], _pick(rng, [", ", ". ", " .. ", ", "], int(more.sum()))),
            _pick(rng, T.FOLLOW_UPS[s], int(more.sum())),
        )
        text[sel] = text_s
        tail = np.strings.lstrip(_pick(rng, T.TAILS_CASUAL[s], k))
        sep = _pick(rng, [" ", ", ", ". ", " .. ", " - "], k)
        tail = np.where(np.strings.str_len(tail) > 0, np.strings.add(sep, tail), tail)
        text[sel] = np.strings.add(
            np.strings.add(_pick(rng, T.OPENERS_CASUAL[s], k), text[sel]), tail
        )
    fgd = formal & (channel == "FGD")
    k = int(fgd.sum())
    text[fgd] = np.strings.add(_pick(rng, T.OPENERS_FGD, k), text[fgd])
    report = formal & (channel != "FGD")
    text[report] = np.strings.replace(text[report], "Peserta ", "Warga ")
    for j, s in enumerate(SENTIMENTS):
        sel = report & (sent_ix == j)
        k = int(sel.sum())
        text[sel] = np.strings.add(
            np.strings.add(_pick(rng, T.OPENERS_FORMAL, k), text[sel]),
            _pick(rng, T.TAILS_FORMAL[s], k),
        )

    kab = df["kabkota"].to_numpy(object)
    kab_s = np.where(pd.isna(kab), "", kab).astype(str)
    lokasi = _slot_values(ctx, rng, kab_s, T.KECAMATAN, T.GENERIC_LOKASI)
    if "lokasi_hint" in df:
        hint = df["lokasi_hint"].to_numpy(object)
        has = pd.notna(hint)
        lokasi[has] = hint[has].astype(str)
    slots = {
        "{lokasi}": lokasi,
        "{jalan}": _slot_values(ctx, rng, kab_s, T.JALAN, T.GENERIC_JALAN),
        "{rs}": _pick(rng, T.RS, n),
        "{samsat}": _pick(rng, T.SAMSAT, n),
        "{durasi}": _pick(rng, T.DURASI, n),
        "{intens}": _pick(rng, T.INTENS, n),
        "{n}": _s(rng.integers(2, 10, n).astype(str)),
    }
    for slot, values in slots.items():
        text = np.strings.replace(text, slot, values)

    # Replies on X start with the account's handle.
    post_acc = df["post_account"].to_numpy(object) if "post_account" in df else np.full(n, None)
    reply = (channel == "X") & pd.notna(post_acc) & (rng.random(n) < 0.6)
    text[reply] = np.strings.add(
        np.strings.add("@", post_acc[reply].astype(str).astype(StringDType())),
        np.strings.add(" ", text[reply]),
    )

    # Slang: each casual author has a habit level; formal texts keep standard words. Then
    # frequent misspellings. Regex replacements run in Arrow (RE2), on the selected rows only.
    arr = pa.array(text.astype(object), type=pa.string())
    habit = np.where(casual, rng.choice([0.0, 0.35, 0.7, 0.95], n, p=[0.2, 0.3, 0.3, 0.2]), 0.0)
    rules = [(pattern, options, habit) for pattern, options in T.SLANG]
    rules += [(pattern, options, np.where(casual, 0.12, 0.0)) for pattern, options in T.TYPOS]
    for pattern, options, p_hit in rules:
        hit = rng.random(n) < p_hit
        which = rng.integers(0, len(options), n)
        for j, repl in enumerate(options):
            sel = hit & (which == j)
            if sel.any():
                mask = pa.array(sel)
                changed = pc.replace_substring_regex(arr.filter(mask), pattern, repl)
                arr = pc.replace_with_mask(arr, mask, changed)
    out = np.asarray(arr.to_pylist(), dtype=StringDType())
    out = _char_typos(rng, out, casual & (rng.random(n) < 0.12))

    # Punctuation, emoji and case.
    punct_neg = ["", "!", "!!", "!!!", "..", "?!", " !!"]
    punct_other = ["", "", ".", "!", "..", " 🙏"]
    for j, s_name in enumerate(SENTIMENTS):
        sel = casual & (sent_ix == j)
        k = int(sel.sum())
        opts = punct_neg if s_name == "negatif" else punct_other
        out[sel] = np.strings.add(out[sel], _pick(rng, opts, k))
        emo = sel & (rng.random(n) < (0.45 if s_name != "netral" else 0.2))
        out[emo] = np.strings.add(
            np.strings.add(out[emo], " "), _pick(rng, T.EMOJI[s_name], int(emo.sum()))
        )
    shout = casual & (sent_ix == 0) & (rng.random(n) < 0.07)
    out[shout] = np.strings.upper(out[shout])
    cap = casual & ~shout & (rng.random(n) < 0.35)
    out[cap] = np.strings.add(
        np.strings.upper(np.strings.slice(out[cap], 0, 1)), np.strings.slice(out[cap], 1, None)
    )
    out[formal] = np.strings.add(
        np.strings.upper(np.strings.slice(out[formal], 0, 1)),
        np.strings.slice(out[formal], 1, None),
    )
    return np.strings.strip(out)


def _char_typos(rng: np.random.Generator, text: np.ndarray, sel: np.ndarray) -> np.ndarray:
    """Drop or swap one letter inside the text for the selected rows (keyboard slips)."""
    idx = np.flatnonzero(sel)
    if len(idx) == 0:
        return text
    t = text[idx]
    length = np.strings.str_len(t)
    ok = length > 12
    idx, t, length = idx[ok], t[ok], length[ok]
    pos = (rng.random(len(idx)) * (length - 4)).astype(np.int64) + 2
    head = np.strings.slice(t, 0, pos)
    swap = rng.random(len(idx)) < 0.5
    a = np.strings.slice(t, pos, pos + 1)
    b = np.strings.slice(t, pos + 1, pos + 2)
    rest = np.strings.slice(t, pos + 2, None)
    swapped = np.strings.add(np.strings.add(np.strings.add(head, b), a), rest)
    dropped = np.strings.add(np.strings.add(head, b), rest)
    letters = np.strings.isalpha(a) & np.strings.isalpha(b)
    out = text.copy()
    out[idx[letters]] = np.where(swap, swapped, dropped)[letters]
    return out


def _vary_survey(rng: np.random.Generator, survey: pd.DataFrame) -> np.ndarray:
    """Survey suggestions as typed into a form: sometimes lower case, naming the unit, or
    prefixed with 'Saran:'."""
    n = len(survey)
    text = _s(survey["text"].astype(str).to_numpy())
    unit = _s(survey["unit"].astype(str).to_numpy())
    name_unit = rng.random(n) < 0.3
    text[name_unit] = np.strings.add(np.strings.add(text[name_unit], " di "), unit[name_unit])
    low = rng.random(n) < 0.4
    text[low] = np.strings.lower(text[low])
    pre = rng.random(n) < 0.15
    text[pre] = np.strings.add(
        _pick(rng, ["Saran: ", "saran ", "Masukan: "], int(pre.sum())), text[pre]
    )
    end = _pick(rng, ["", "", ".", " terima kasih", "!", ". Terima kasih."], n)
    return np.strings.add(text, end).astype(object)
