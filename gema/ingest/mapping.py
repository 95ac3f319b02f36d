"""Column mapping: which source header feeds which canonical field.

Order of precedence (later wins): detected from headers (canonical names, synonyms, the Indonesian
and English template labels, the kind's own `detect` hook) → a saved preset → explicit `--map`.
Each field takes at most one source column; a column mapped to '-' is left unmapped (it is still
kept in `extra`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import duckdb

from gema.core import i18n, store
from gema.ingest.fields import Field, KindSpec

IGNORE = "-"


def normalise_header(value: str) -> str:
    """'Video publish time' / 'VIDEO_PUBLISH_TIME' / 'video-publish-time ' → 'video publish time'."""
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def _without_brackets(header: str) -> str:
    return normalise_header(re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", header))


def field_label(field: str, lang: str = "id") -> str:
    """The header used in templates and the UI for a canonical field."""
    key = f"ingest.field.{field}"
    text = i18n.t(key, lang)
    return field if text == key else text


def _candidates(field: Field) -> list[str]:
    """Normalised names a header may have for this field, best first."""
    names = [
        field.name,
        *field.synonyms,
        field_label(field.name, "id"),
        field_label(field.name, "en"),
    ]
    out: list[str] = []
    for name in names:
        norm = normalise_header(name)
        if norm and norm not in out:
            out.append(norm)
    return out


def detect(spec: KindSpec, columns: Sequence[str], empty: Collection[str] = ()) -> dict[str, str]:
    """{source column: field} from headers. For each field the column whose header is the
    earliest synonym wins, except that a column without any value (`empty`, e.g. the blank
    'Title' of a Facebook export) yields to one with values; a column feeds at most one field."""
    fields = spec.all_fields(columns)
    by_norm: dict[str, list[str]] = {}
    for col in columns:
        for norm in dict.fromkeys((normalise_header(col), _without_brackets(col))):
            by_norm.setdefault(norm, []).append(col)
    # best (rank, field order) per column
    offers: list[tuple[bool, int, int, str, str]] = []
    for order, fld in enumerate(fields):
        for rank, name in enumerate(_candidates(fld)):
            for col in by_norm.get(name, []):
                offers.append((col in empty, rank, order, col, fld.name))
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for _empty, _rank, _order, col, fname in sorted(offers):
        if col in mapping or fname in taken:
            continue
        mapping[col] = fname
        taken.add(fname)
    if spec.detect:
        for col, fname in spec.detect(columns).items():
            if col in columns and col not in mapping and fname not in taken:
                mapping[col] = fname
                taken.add(fname)
    return mapping


def combine(columns: Sequence[str], *layers: dict[str, str] | None) -> dict[str, str]:
    """Apply mapping layers in order; a later layer's field steals it from an earlier column.
    Sources not among `columns` are ignored (a preset may name columns this file lacks)."""
    result: dict[str, str] = {}
    for layer in layers:
        for col, fname in (layer or {}).items():
            if col not in columns:
                continue
            if fname in ("", IGNORE, None):
                result.pop(col, None)
                continue
            for other in [c for c, f in result.items() if f == fname and c != col]:
                del result[other]
            result[col] = fname
    return {c: result[c] for c in columns if c in result}


def match_source(columns: Sequence[str], name: str) -> str | None:
    """The source column a user meant: exact header first, then the same normalised header."""
    if name in columns:
        return name
    norm = normalise_header(name)
    hits = [c for c in columns if normalise_header(c) == norm]
    return hits[0] if len(hits) == 1 else None


def signature_constants(
    spec: KindSpec, columns: Sequence[str]
) -> tuple[str | None, dict[str, str]]:
    """(format name, suggested constants) of the first known export format these headers match."""
    norms = {normalise_header(c) for c in columns}
    for sig in spec.signatures:
        if all(normalise_header(h) in norms for h in sig.headers):
            return sig.name, dict(sig.constants)
    return None, {}


# --- presets -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Preset:
    name: str
    kind: str
    mapping: dict[str, str]
    constants: dict[str, str]


def load_preset(conn: duckdb.DuckDBPyConnection, name: str) -> Preset | None:
    df = store.run(conn, "ingest/preset_get", name=name)
    if df.empty:
        return None
    row = df.iloc[0]
    return Preset(
        name=str(row["name"]),
        kind=str(row["kind"]),
        mapping=json.loads(row["mapping"]) if row["mapping"] else {},
        constants=json.loads(row["constants"]) if row["constants"] else {},
    )


def save_preset(
    conn: duckdb.DuckDBPyConnection,
    name: str,
    kind: str,
    mapping: dict[str, str],
    constants: dict[str, str] | None = None,
    user: str = "cli",
) -> None:
    """Create or replace a named preset (mapping by source header, plus constants)."""

    def work() -> None:
        store.execute(conn, "ingest/preset_delete", name=name)
        store.execute(
            conn,
            "ingest/preset_insert",
            name=name,
            kind=kind,
            mapping=json.dumps(mapping, ensure_ascii=False),
            constants=json.dumps(constants or {}, ensure_ascii=False),
            user=user,
        )

    store.write(conn, work)


def list_presets(conn: duckdb.DuckDBPyConnection, kind: str | None = None) -> list[Preset]:
    df = store.run(conn, "ingest/preset_list", kind=kind)
    return [
        Preset(
            str(r["name"]),
            str(r["kind"]),
            json.loads(r["mapping"]) if r["mapping"] else {},
            json.loads(r["constants"]) if r["constants"] else {},
        )
        for _, r in df.iterrows()
    ]


# --- platform from link hosts (issue 11) -------------------------------------------------------
URL_HOSTS = {
    "instagram.com": "Instagram",
    "instagr.am": "Instagram",
    "tiktok.com": "TikTok",
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "x.com": "X",
    "twitter.com": "X",
    "facebook.com": "Facebook",
    "fb.com": "Facebook",
    "fb.watch": "Facebook",
}


def guess_platform(
    conn: duckdb.DuckDBPyConnection, table: str, column: str
) -> tuple[str, str] | None:
    """(platform, host) when every non-blank link in the column is on the hosts of one platform
    (instagram.com, tiktok.com, youtube.com/youtu.be, x.com/twitter.com, facebook.com); None
    when there are no links, an unknown host or a mix. A guess for the user to confirm."""
    hosts = store.execute(
        conn, "ingest/url_hosts", idents={"table": table, "col": column}
    ).fetchall()
    platforms = {URL_HOSTS.get(str(h or "")) for h, _n in hosts}
    if not hosts or None in platforms or len(platforms) != 1:
        return None
    return platforms.pop(), str(hosts[0][0])
