"""Masking personal data in text shown in public (the FGD wall in kiosk mode, the projector).

The wall promises aggregates: counts and topics, and aspiration texts only with the personal
data in them masked. Masked here: e-mail addresses; phone numbers however they are written
(0812-3456-7890, 0812.3456.7890, 0812 3456 7890, +62 812…, 62812…, (021) 555-1234); NIK and
any other run of 8+ digits; names after an Indonesian form of address (Pak Budi, Bu Siti
Aminah, Sdr. Ahmad) or "nama saya …"; the names of the entries' own authors; street addresses
(Jl./Jalan/Gg./Kp./Perum./Komplek/Blok …, RT/RW, No. 12). Amounts such as "Rp 15.000.000" and
years are kept: they are what an aspiration is about.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

EMAIL = "[email]"
NUMBER = "[nomor]"
NAME = "[nama]"
ADDRESS = "[alamat]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# phones: a mobile prefix (08, +628, 628) or an area code in parentheses, then digit groups
# separated by space, dot or dash
_PHONE = re.compile(
    r"(?<![\w.])(?:\+?62[\s.\-]?|0)8\d{1,3}(?:[\s.\-]?\d{2,5}){1,4}(?![\w])"
    r"|\(0\d{1,3}\)[\s.\-]?\d{3,4}[\s.\-]?\d{3,5}"
    r"|(?<![\w.])0\d{1,3}[\-]\d{3,4}[\s.\-]?\d{3,5}(?![\w])"
)
_NIK = re.compile(r"(?<![\w.])\d{4}(?:[.\s-]?\d{4}){3}(?![\w])")  # 16 digits, maybe grouped
_DIGITS = re.compile(r"(?<![\w])\+?\d[\d \-]{6,}\d(?![\w])")  # no '.': "Rp 15.000.000" is money
_HONORIFIC = re.compile(
    r"\b((?:[Bb]apak|[Pp]ak|[Ii]bu|[Bb]u|[Mm]as|[Mm]bak|[Bb]ang|[Kk]ak|[Ss]dr[ai]?\.?|"
    r"[Ss]audara|[Ss]audari|[Hh]aji|[Hh]j\.|H\.|[Dd]rs?\.|[Uu]staz|[Uu]stadz)\s+)"
    r"((?:[A-Z][\w'’-]*\.?)(?:\s+[A-Z][\w'’-]*\.?){0,3})"
)
_MY_NAME = re.compile(
    r"(?i:\b((?:nama\s+saya|saya\s+bernama|perkenalkan,?\s+saya)\s+))"
    r"((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})"
)
_STREET = re.compile(
    r"(?i:\b(?:jl|jln|jalan|gg|gang|kp|kampung|komp|komplek|kompleks|perum|perumahan|blok|dusun)"
    r"\b\.?\s+)(?=[A-Z0-9])[^,;:\n()]{1,40}?(?=$|[,;:\n()]|\s+\[|\s+(?:rt|rw|no|kel|kec|desa)\b|\.\s)"
)
_RT_RW = re.compile(
    r"(?i)\bRT\s*\.?\s*\d{1,3}\s*(?:/|\s)\s*RW\s*\.?\s*\d{1,3}\b|\bR[TW]\s*\.?\s*0\d{1,2}\b"
)
_HOUSE_NO = re.compile(r"(?i)\bno\s*\.?\s*\d+[a-z]?\b")


def mask(text: object, names: Iterable[str] = ()) -> str:
    """`text` with personal data replaced by [email], [nomor], [nama], [alamat]."""
    s = "" if text is None else str(text)
    s = _EMAIL.sub(EMAIL, s)
    s = _PHONE.sub(NUMBER, s)
    s = _NIK.sub(NUMBER, s)
    s = _DIGITS.sub(lambda m: NUMBER if sum(c.isdigit() for c in m[0]) >= 8 else m[0], s)
    s = _HOUSE_NO.sub(ADDRESS, s)
    s = _RT_RW.sub(ADDRESS, s)
    s = _STREET.sub(ADDRESS, s)
    s = _HONORIFIC.sub(lambda m: m[1] + NAME, s)
    s = _MY_NAME.sub(lambda m: m[1] + NAME, s)
    for name in sorted(
        {n.strip() for n in names if n and len(n.strip()) >= 3}, key=len, reverse=True
    ):
        s = re.sub(r"(?i)(?<!\w)" + re.escape(name) + r"(?!\w)", NAME, s)
    return s


def label(text: object) -> str:
    """User text for a Plotly label or hover: Plotly renders <a>, <b>, <br> in labels, so every
    '<', '>' and '&' is escaped (Plotly shows the entities as the characters)."""
    return html.escape("" if text is None else str(text), quote=False)
