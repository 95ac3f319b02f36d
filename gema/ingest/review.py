"""Tables the upload page shows and reads back (mapping, kab/kota choices, batch history), so the
page stays thin: widgets → these functions → render."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from gema.core import i18n, regions
from gema.ingest import spool as spool_mod
from gema.ingest.fields import REGION_TYPES, get_kind
from gema.ingest.mapping import IGNORE, field_label
from gema.ingest.pipeline import Prepared
from gema.ingest.progress import Progress
from gema.ingest.session import UploadSession

CONSTANT_FIELDS = ("platform", "channel", "kabkota", "campaign", "unit", "year")


def spool(name: str, data: bytes) -> Path:
    """Write uploaded bytes to this instance's private spool (same bytes → same path), for
    read_file. The bytes themselves live in the session, so the upload survives a page switch;
    the spooled copy is deleted after the load or a cancel (`discard`)."""
    return spool_mod.write(name, data)


def discard(name: str, data: bytes, sha256: str | None = None) -> None:
    """Delete the spooled copy of an upload (after it was loaded, or the user cleared it)."""
    spool_mod.discard(spool_mod.path_for(name, data, sha256))


def stored_file(name: str, data: bytes) -> dict:
    """What the page keeps of an upload between reruns: its name, bytes and the bytes' hash,
    computed once here (0.2 s for 150 MB) instead of on every rerun."""
    return {"name": name, "bytes": data, "sha256": hashlib.sha256(data).hexdigest()}


def upload_session(state: dict, name: str, data: bytes, sha256: str | None = None) -> UploadSession:
    """The page's UploadSession for these bytes, kept in `state` (a dict in st.session_state)
    under the hash of the bytes and the name, so a rerun neither reads nor spools the file
    again. Only the current upload is kept (a new one replaces it). sha256: the hash kept with
    the bytes (`stored_file`)."""
    digest = sha256 or hashlib.sha256(data).hexdigest()  # the session and its spool reuse it
    key = f"{digest}:{name}"
    found = state.get(key)
    if found is None:
        state.clear()
        found = state[key] = UploadSession.from_bytes(name, data, digest)
    return found


def field_options(kind: str, columns: list[str], lang: str) -> dict[str, str]:
    """{label shown: field name} for the mapping editor; the first entry means 'not used'."""
    spec = get_kind(kind)
    out = {i18n.t("ingest.page.unused", lang): IGNORE}
    for f in spec.all_fields(columns):
        star = " *" if f.required else ""
        out[f"{field_label(f.name, lang)} ({f.name}){star}"] = f.name
    return out


def saved_edits(store: dict, path: Path, kind: str, preset: str | None) -> dict:
    """The user's edits for this file (its spool folder is named by the bytes' hash), kind and
    preset, kept in the session outside any widget so that they survive a page switch:
    {"editor": id of the mapping editor, "mapping": {...}, "constants": {...}, "regions": {...}}."""
    key = f"{path.parent.name}:{kind}:{preset or ''}"
    return store.setdefault(key, {"editor": "", "mapping": None, "constants": {}, "regions": {}})


def editor_id(base_id: str, mapping: dict[str, str] | None) -> str:
    """A key for the mapping editor that changes with the mapping it starts from, so that a
    fresh editor (after a page switch) shows the saved mapping instead of stale edits."""
    return hashlib.sha1(f"{base_id}|{sorted((mapping or {}).items())}".encode()).hexdigest()[:12]


def region_index(labels: dict[str, str], kode: str | None) -> int:
    """Position of a saved kab/kota choice in the choice list (0 = 'choose' when none)."""
    codes = list(labels.values())
    return codes.index(kode) if kode and kode in codes else 0


def mapping_frame(prep: Prepared, lang: str, mapping: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per source column: its header, the field it feeds (label) and an example value.
    `mapping` (saved edits) overrides the prepared mapping for the columns it names."""
    options = field_options(prep.kind, list(prep.raw.columns), lang)
    current = {**prep.mapping, **(mapping or {})}
    label_of = {v: k for k, v in options.items()}
    examples = {}
    if prep.preview is not None and not prep.preview.empty:
        for col in prep.raw.columns:
            values = prep.preview[col].dropna().astype(str)
            values = values[values.str.strip() != ""]
            examples[col] = values.iloc[0][:80] if not values.empty else ""
    return pd.DataFrame(
        {
            "source": list(prep.raw.columns),
            "field": [
                label_of.get(current.get(c, IGNORE), label_of[IGNORE]) for c in prep.raw.columns
            ],
            "example": [examples.get(c, "") for c in prep.raw.columns],
        }
    )


def mapping_from_frame(
    frame: pd.DataFrame, kind: str, columns: list[str], lang: str
) -> dict[str, str]:
    """The edited mapping table back to {source column: field or '-'} (every column explicit)."""
    options = field_options(kind, columns, lang)
    return {
        str(s): options.get(str(f), IGNORE)
        for s, f in zip(frame["source"], frame["field"], strict=True)
    }


def constant_fields(kind: str, columns: list[str], mapped: set[str]) -> list[str]:
    """Fields worth offering as a constant: required or commonly file-wide, and not mapped."""
    spec = get_kind(kind)
    return [
        f.name
        for f in spec.all_fields(columns)
        if f.name not in mapped
        and (f.required or f.name in CONSTANT_FIELDS)
        and f.type != "kabkota_list"
    ]


def region_options(lang: str) -> dict[str, str]:
    """{label: kode or '-'} for the kab/kota choice table."""
    out = {i18n.t("ingest.page.choose", lang): ""}
    for kode, nama in regions.KODE_NAMA.items():
        out[f"{kode} · {nama}"] = kode
    out[i18n.t("common.outside_unknown", lang)] = regions.OUTSIDE
    return out


def region_frame(prep: Prepared, lang: str) -> pd.DataFrame:
    """Values still needing a decision (and those already decided), with their row counts."""
    cols = ["value", "rows", "status"]
    rv = prep.region_values
    if rv is None or rv.empty:
        return pd.DataFrame(columns=cols)
    need = rv[rv["bad"] | (rv["status"] == "chosen")]
    return pd.DataFrame(
        {
            "value": need["raw"].astype(str).tolist(),
            "rows": need["rows"].astype(int).tolist(),
            "status": [
                i18n.t(f"ingest.page.status.{s}", lang)
                + (_chosen(k, lang) if s == "chosen" else _candidates(c))
                for s, c, k in zip(need["status"], need["candidates"], need["kode"], strict=True)
            ],
        },
        columns=cols,
    )


def _chosen(kode: object, lang: str) -> str:
    """': Kota Tangerang' after a choice, so the table shows what was chosen (NULL kode = the
    value was set to outside Banten / unknown)."""
    if kode is None or (isinstance(kode, float) and pd.isna(kode)) or not str(kode):
        return ": " + i18n.t("common.outside_unknown", lang)
    return ": " + regions.KODE_NAMA.get(str(kode), str(kode))


def constant_label(prep: Prepared, fname: str, lang: str) -> str:
    """The label of a constant's input; a value guessed from the file (e.g. the platform from
    its links) says it is a guess to check."""
    label = i18n.t("ingest.page.constant_for", lang, label=field_label(fname, lang))
    if fname in prep.guessed:
        label += f" · {i18n.t('ingest.page.guess', lang)}"
    return label


def year_offer(kind: str, file_name: str, wanted: list[str]) -> int | None:
    """For account_daily with a Tahun field to fill: the year the file name mentions, offered on
    a button (never filled in silently)."""
    if kind != "account_daily" or "year" not in wanted:
        return None
    from gema.ingest.account_daily import year_from_name

    return year_from_name(file_name)


def error_messages(prep: Prepared, limit: int = 30) -> tuple[list[str], int]:
    """The first `limit` problem messages in full (shown as wrapping text, never cut) and how
    many more there are."""
    items = [str(e["message"]) for e in prep.problems + prep.errors]
    return items[:limit], max(len(items) - limit, 0)


def _candidates(codes: str) -> str:
    """': Kab. Tangerang / Kota Tangerang' for '3603,3671': staff know names, not codes."""
    names = [regions.KODE_NAMA.get(c.strip(), c.strip()) for c in str(codes or "").split(",")]
    names = [n for n in names if n]
    return (": " + " / ".join(names)) if names else ""


def region_line(value: str, rows: int, status: str, lang: str) -> str:
    """One line per value to resolve, readable on a phone where columns stack:
    "Tangerang · 2 baris · ambigu: Kab. Tangerang / Kota Tangerang"."""
    unit = i18n.t("ingest.page.col.rows", lang).lower()
    return f"{value} · {i18n.fmt_int(rows)} {unit} · {status}"


def has_region_field(kind: str) -> bool:
    return any(f.type in REGION_TYPES for f in get_kind(kind).fields)


def history_frame(batches: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The batch history for display: Indonesian dates and numbers, translated status."""
    if batches.empty:
        return pd.DataFrame()
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    return pd.DataFrame(
        {
            t("ingest.page.col.batch"): batches["batch_id"].astype(int).astype(str),
            # the state second: on a phone or a narrow grid the first columns are what shows
            t("ingest.page.col.status_batch"): [
                t(f"ingest.page.status.{s}") for s in batches["status"].astype(str)
            ],
            t("ingest.page.col.kind"): batches["kind"].astype(str),
            t("ingest.page.col.file"): batches["file_name"].astype(str),
            t("ingest.page.col.by"): batches["imported_by"].astype(str),
            t("ingest.page.col.when"): [i18n.fmt_datetime(v, lang) for v in batches["imported_at"]],
            t("ingest.page.col.loaded"): [i18n.fmt_int(v) for v in batches["rows_loaded"]],
            t("ingest.page.col.rejected"): [i18n.fmt_int(v) for v in batches["rows_rejected"]],
            t("ingest.page.col.duplicate"): [i18n.fmt_int(v) for v in batches["rows_duplicate"]],
        }
    )


def errors_frame(prep: Prepared, lang: str) -> pd.DataFrame:
    """Blocking problems and row errors as one table (row, column, value, message)."""
    items = prep.problems + prep.errors
    t = lambda key: i18n.t(key, lang)  # noqa: E731
    return pd.DataFrame(
        {
            t("ingest.page.col.row"): [("" if e["row"] is None else str(e["row"])) for e in items],
            t("ingest.page.col.column"): [e["column"] or "" for e in items],
            t("ingest.page.col.value"): [e["value"] or "" for e in items],
            t("ingest.page.col.message"): [e["message"] for e in items],
        }
    )


def error_rows(prep: Prepared) -> set[int]:
    return {int(e["row"]) for e in prep.errors if e["row"] is not None}


def rejected_csv(prep: Prepared) -> bytes:
    """The rejected source rows with their problems, UTF-8 with BOM for Excel."""
    from gema.core.cells import neutralise_frame

    frame = prep.rejected_rows if prep.rejected_rows is not None else pd.DataFrame()
    # the rows are the uploader's own text: a cell starting with '=' must not run in Excel
    return ("\ufeff" + neutralise_frame(frame).to_csv(index=False)).encode("utf-8")


# --- sheets of a workbook (issue 11) -----------------------------------------------------------
ALL_SHEETS = "all"


def sheet_options(source: Path | UploadSession, kind: str) -> list[str | None]:
    """Choices for the sheet of a workbook with several sheets: None (the first with data),
    every sheet by name and, for recaps, "all" (every sheet, its name as the period); [] for a
    text file or a one-sheet workbook. An UploadSession lists the sheets once per upload."""
    from gema.ingest.sheets import sheet_names

    names = source.sheet_names() if isinstance(source, UploadSession) else sheet_names(source)
    if len(names) < 2:
        return []
    return [None, *names, *([ALL_SHEETS] if kind == "skm_recap" else [])]


def sheet_label(option: str | None, lang: str) -> str:
    if option is None:
        return i18n.t("ingest.page.sheet_first", lang)
    if option == ALL_SHEETS:
        return i18n.t("ingest.page.sheet_all", lang)
    return option


def preview_constants(
    kind: str, sheet: str | None, sheets: list[str | None], mapped: set[str], constants: dict
) -> dict[str, str]:
    """With "all sheets" on a recap, the preview shows the first sheet with its name as the
    period, as the load will (each sheet's name for its own rows)."""
    if sheet != ALL_SHEETS or kind != "skm_recap" or {"period", "period_start"} & mapped:
        return constants
    if {"period", "period_start"} & set(constants):
        return constants
    first = next((s for s in sheets if s not in (None, ALL_SHEETS)), None)
    return {**constants, "period": first} if first else constants


def progress_text(p: Progress, lang: str) -> str:
    """The upload page's progress-bar caption: step and rows ('memeriksa 380.000 / 1.000.000
    baris')."""
    key = "ingest.progress.rows_about" if p.estimated else "ingest.progress.rows"
    step = i18n.t(f"ingest.progress.{p.step}", lang)
    return i18n.t(key, lang, step=step, rows=i18n.fmt_int(p.rows), total=i18n.fmt_int(p.total))
