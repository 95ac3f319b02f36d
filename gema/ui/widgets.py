"""Page furniture every page shares: header, empty states, text tables, KPI cards, change list, charts."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from gema import nav
from gema.core import i18n, store
from gema.core.kpi import fmt_or_dash  # noqa: F401  (ui.fmt_or_dash)
from gema.ui.filters import filters
from gema.ui.present import esc
from gema.ui.session import conn, current_user, lang, t


# --- page furniture --------------------------------------------------------------------------
def demo_loaded() -> bool:
    try:
        return bool(store.scalar(conn(), "app/demo_loaded"))
    except duckdb.Error:
        return False


_FILTER_LINE_CSS = """
<style>
/* issue 12: no label is cut with an ellipsis; long labels wrap instead */
[data-testid=stMain] [data-testid=stWidgetLabel] p,
[data-testid=stMain] [data-testid=stCheckbox] label p,
[data-testid=stMain] [data-testid=stMetricLabel] p,
[data-testid=stMain] [data-testid=stMetricLabel] div,
[data-testid=stMain] [data-testid=stExpander] summary p {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }
/* a metric value shrinks with its card, then wraps: never '2.001.0…' on a phone */
[data-testid=stMain] [data-testid=stMetric] { container-type: inline-size; }
[data-testid=stMain] [data-testid=stMetricValue] { font-size: clamp(1.2rem, 13cqi, 2.25rem); }
[data-testid=stMain] [data-testid=stMetricValue] div,
[data-testid=stMain] [data-testid=stMetricValue] p {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  overflow-wrap: anywhere; }
.gema-filterline { display: flex; gap: .45rem; align-items: baseline; flex-wrap: wrap;
  margin: -.6rem 0 .4rem 0; font-size: 1rem; color: #1f2937; }
.gema-filterline b { font-weight: 600; color: #0B3D6E; white-space: nowrap; }
</style>
"""


def page_header(title_key: str, caption_key: str | None = None) -> None:
    """Title, the active filters in one line (pages that use them), optional caption and, when
    demo rows are present, the 'Data contoh' banner (not on admin pages: issue 12)."""
    import inspect

    from gema.presentasi import deck as slides

    caller = Path(inspect.stack()[1].filename).name  # the page file that asked for the header
    spec = next((p for p in nav.PAGES if p.file == caller), None) or next(
        (p for p in nav.PAGES if p.title_key == title_key), None
    )
    st.title(t(title_key))
    if spec is not None and spec.section == "app.section.dashboard":
        line = slides.filter_line(filters(), lang())
        st.html(
            _FILTER_LINE_CSS + "<div class='gema-filterline' data-testid='gema-filter-line'>"
            f"<b>{esc(t('rep.filter.label'))}:</b><span>{esc(line)}</span></div>"
        )
    else:
        st.html(_FILTER_LINE_CSS)
    if caption_key:
        st.caption(t(caption_key))
    admin_page = spec is not None and spec.roles == nav.ADMIN
    if demo_loaded() and not admin_page:
        st.info(t("app.demo_banner"), icon=":material/science:")


def empty_state(message_key: str, upload_link: bool = False, **kwargs: object) -> None:
    """An empty state that says what is missing; with `upload_link`, staff also get a link to
    the Unggah data page (when that page exists and their role may open it)."""
    st.info(t(message_key, **kwargs), icon=":material/inbox:")
    if upload_link:
        from gema import nav

        user = current_user() or {}
        for spec in nav.available(user.get("role")):
            if spec.file == "unggah.py":
                st.page_link(spec.path, label=t(spec.title_key), icon=spec.icon)


TABLE_CONTENT_ROWS = 60  # up to this many rows a table is drawn whole (no half 11th row)


TABLE_ROW_PX, TABLE_HEAD_PX, TABLE_SCROLL_ROWS = 35, 38, 17  # Streamlit's grid row geometry


def whole_rows_height(n: int, rows: int = TABLE_SCROLL_ROWS) -> int:
    """A scroll height that ends on a row boundary: never half an 11th row showing."""
    return TABLE_HEAD_PX + TABLE_ROW_PX * max(1, min(n, rows))


TABLE_SCROLL_HEIGHT = whole_rows_height(TABLE_SCROLL_ROWS)


_CHAR_PX, _CELL_PAD_PX, _COL_MIN_PX, _COL_MAX_PX = 8.4, 34, 64, 420


def column_widths(df: pd.DataFrame) -> dict[str, int]:
    """A pixel width per column that shows its whole header and its longest value (capped), so
    headers such as 'Biaya/interaksi' or 'Unsur terlemah' are never cut to 'Biaya/inter…'."""
    out: dict[str, int] = {}
    for col in df.columns:
        # plain Python lengths: an empty or all-missing column has no string dtype to ask
        lengths = [len("" if v is None else str(v)) for v in df[col].head(500).tolist()]
        longest = max([len(str(col)) + 2, *lengths])
        out[str(col)] = int(min(_COL_MAX_PX, max(_COL_MIN_PX, longest * _CHAR_PX + _CELL_PAD_PX)))
    return out


def table_layout(df: Any, column_config: dict | None = None) -> dict[str, Any]:
    """st.dataframe arguments that never cut a table (issue 12): whole height up to
    TABLE_CONTENT_ROWS rows, then a scroll height; a fitted width for every column the caller
    did not size itself."""
    frame = df.data if hasattr(df, "data") and not isinstance(df, pd.DataFrame) else df
    config: dict[str, Any] = dict(column_config or {})
    for col, width in column_widths(frame).items():
        if col not in config:
            config[col] = st.column_config.Column(width=width)
        elif isinstance(config[col], dict) and not config[col].get("width"):
            label = str(config[col].get("label") or "")
            width = max(width, min(_COL_MAX_PX, int(len(label) * _CHAR_PX + _CELL_PAD_PX)))
            config[col] = {**config[col], "width": width}  # the caller's format, our width
    height: Any = "content" if len(frame) <= TABLE_CONTENT_ROWS else TABLE_SCROLL_HEIGHT
    return {"column_config": config, "height": height}


# On a phone (≤ 640 px) a table wider than the screen would scroll sideways inside its box,
# half its columns out of sight. There it is shown instead as wrapped text: a table when it has
# few columns (its first PHONE_ROWS rows), else one card per row ('Kolom: nilai' lines, the first
# PHONE_CARDS rows), and the whole table as a CSV download. CSS picks the view (:has), so the
# server sends both.
PHONE_PX, PHONE_ROWS, PHONE_CARDS, PHONE_TABLE_COLS = 340, 20, 10, 3
_PHONE_CSS = """<style>
.gema-phone { display: none; }
[class*="st-key-gema_tbl_dl_"] { display: none; }
@media (max-width: 640px) {
  .gema-phone { display: block; }
  [class*="st-key-gema_tbl_dl_"] { display: block; }
  [data-testid=stElementContainer]:has(.gema-phone:not(.gema-keep))
    + [data-testid=stElementContainer]:has([data-testid=stDataFrame]) { display: none; }
}
.gema-phone table { width: 100%; border-collapse: collapse; font-size: .85rem; }
.gema-phone th, .gema-phone td { border-bottom: 1px solid #d0d7de; padding: 4px 6px;
  text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.gema-phone .card { border: 1px solid #d0d7de; border-radius: 8px; padding: 6px 10px;
  margin-bottom: 8px; font-size: .9rem; overflow-wrap: anywhere; }
.gema-phone .card b { font-weight: 600; color: #0B3D6E; }
.gema-phone .more { font-size: .85rem; color: #555; }
</style>"""


def _cell_text(value: Any) -> str:
    """A cell as the reader sees it: Indonesian numbers and dates, '—' for nothing."""
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return "—"
    if isinstance(value, bool):
        return t("common.yes") if value else t("common.no")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return i18n.fmt_int(value) if float(value).is_integer() else i18n.fmt_num(value, 2)
    if isinstance(value, (date, pd.Timestamp)):
        return i18n.fmt_date(value, lang())
    return str(value)


def phone_limit(frame: pd.DataFrame) -> int:
    """Rows the phone view shows: more as a small table, fewer as cards."""
    return PHONE_ROWS if len(frame.columns) <= PHONE_TABLE_COLS else PHONE_CARDS


def phone_table_html(
    frame: pd.DataFrame, labels: dict[str, str] | None = None, *, keep: bool = False
) -> str:
    """The phone view of a table (escaped text): wrapped table or one card per row. `keep`: the
    grid after it stays shown on a phone too (a table the reader picks a row from)."""
    labels = labels or {}
    heads = [labels.get(str(c)) or str(c) for c in frame.columns]
    limit = phone_limit(frame)
    rows = [[_cell_text(v) for v in r] for r in frame.head(limit).itertuples(index=False)]
    if len(heads) <= PHONE_TABLE_COLS:
        head = "".join(f"<th>{esc(h)}</th>" for h in heads)
        body = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>" for r in rows)
        html = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    else:
        html = "".join(
            "<div class='card'>"
            + "<br>".join(f"<b>{esc(h)}:</b> {esc(v)}" for h, v in zip(heads, r, strict=True))
            + "</div>"
            for r in rows
        )
    if len(frame) > limit:
        key = "rep.table.phone_more_pick" if keep else "rep.table.phone_more"
        more = t(key, n=i18n.fmt_int(limit), total=i18n.fmt_int(len(frame)))
        html += f"<div class='more'>{esc(more)}</div>"
    classes = "gema-phone gema-keep" if keep else "gema-phone"
    return f"<div class='{classes}' data-testid='gema-phone-table'>{html}</div>"


def text_table(df: pd.DataFrame, **kwargs: Any) -> None:
    """A table whose cells are always shown as plain text (never HTML or markdown), never cut:
    fitted column widths, the whole table's height (long tables scroll and say how long); on a
    phone, when it is wider than the screen, wrapped text and a download of the whole table."""
    config = kwargs.pop("column_config", None)
    layout = table_layout(df, config)
    layout.update(kwargs)
    frame = df.data if hasattr(df, "data") and not isinstance(df, pd.DataFrame) else df
    widths = column_widths(frame)
    wide = sum(widths.values()) > PHONE_PX and len(frame) > 0
    if wide:  # must come right before the dataframe: the CSS hides its next sibling on a phone
        labels = {c: v.get("label") for c, v in (config or {}).items() if isinstance(v, dict)}
        st.html(_PHONE_CSS + phone_table_html(frame, {k: v for k, v in labels.items() if v}))
    st.dataframe(df, hide_index=True, width="stretch", **layout)
    if len(frame) > TABLE_CONTENT_ROWS:
        st.caption(t("rep.table.scroll", n=i18n.fmt_int(len(frame))))
    if wide and len(frame) > phone_limit(frame):  # the phone shows part: offer the whole table
        from gema.presentasi import export

        first = tuple(map(str, frame.iloc[0].tolist()))
        shape = (tuple(map(str, frame.columns)), len(frame), first)
        key = f"gema_tbl_dl_{abs(hash(shape)) % 10**10}"
        with st.container(key=key):
            st.download_button(
                t("rep.table.phone_download"),
                data=lambda: export.to_csv(frame),
                file_name=export.table_file_name("tabel", ext="csv"),
                mime=export.MIME["csv"],
                icon=":material/download:",
                on_click="ignore",
                key=key + "_b",
            )


def pick_table(
    df: pd.DataFrame, *, key: str, pin: str, column_config: dict | None = None
) -> list[int]:
    """A table the reader picks one row from (agenda, staff's aspirasi list). On a phone the grid
    cannot wrap, so the rows are also shown as wrapped text above it, and the grid keeps `pin`
    (the column that says which row it is) in view while its other columns scroll sideways."""
    config: dict[str, Any] = dict(column_config or {})
    pinned = config.get(pin)
    if pinned is None or isinstance(pinned, dict):
        config[pin] = {**(pinned or {}), "pinned": True}
    layout = table_layout(df, config)
    if len(df) and sum(column_widths(df).values()) > PHONE_PX:
        labels = {
            c: v.get("label") for c, v in layout["column_config"].items() if isinstance(v, dict)
        }
        st.html(
            _PHONE_CSS + phone_table_html(df, {k: v for k, v in labels.items() if v}, keep=True)
        )
        if len(df) <= phone_limit(df):  # else the 'showing n of m' line says it already
            phone_hint("rep.table.phone_pick")
    event = st.dataframe(
        df, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
        key=key, column_config=layout["column_config"],
        height=whole_rows_height(len(df)),  # whole rows only, then it scrolls
    )  # fmt: skip
    return list(event.selection.rows) if event is not None else []


def phone_hint(key: str) -> None:
    """A caption only a phone shows: how to use a grid wider than the screen (editors, pickers)."""
    st.html(
        _PHONE_CSS
        + f"<div class='gema-phone gema-keep'><div class='more'>{esc(t(key))}</div></div>",
    )


def fmt_date(value: date | None) -> str:
    return i18n.fmt_date(value, lang())


# --- dashboards (issue 3): KPI cards, change list, charts --------------------------------------
# A KPI value is never cut off ("81,56 …" on a phone): the card is a size container, the value's
# font scales with the card's width (cqi) between a floor and the desktop size, and if it still
# does not fit it wraps instead of ending in an ellipsis.
_KPI_CSS = """
<style>
.st-key-gema_kpi_main [data-testid="stMetric"],
.st-key-gema_kpi_more [data-testid="stMetric"] { container-type: inline-size; }
.st-key-gema_kpi_main [data-testid="stMetricValue"] {
  font-size: clamp(1.35rem, 19cqi, 2.4rem); font-weight: 700; line-height: 1.15; }
.st-key-gema_kpi_main [data-testid="stMetricLabel"] p { font-size: 1.05rem; }
.st-key-gema_kpi_more [data-testid="stMetricValue"] { font-size: clamp(1.1rem, 17cqi, 1.6rem); }
.st-key-gema_kpi_main [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"],
.st-key-gema_kpi_more [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"],
.st-key-gema_kpi_main [data-testid="stMetricValue"] p,
.st-key-gema_kpi_more [data-testid="stMetricValue"] p {
  white-space: normal; overflow: visible; text-overflow: clip; overflow-wrap: anywhere; }
</style>
"""


def kpi_cards(kpis: list[Any], key: str = "gema_kpi_main", columns: int = 5) -> None:
    """A wrapping grid of KPI cards (gema.core.kpi.Kpi): value, change against the previous period
    of equal length (coloured by whether the direction is good), formula in the tooltip. Cards
    reflow to two per row on a phone."""
    if not kpis:
        return
    st.html(_KPI_CSS)
    vs = t("dash.kpi.delta_help")
    with st.container(key=key):
        grid = st.grid(columns, min_column_width=165, gap="small")
        with grid:
            for k in kpis:
                delta = k.delta_text(lang())
                colour = {"up": "normal", "down": "inverse"}.get(k.better or "", "off")
                flat = not k.change  # no change (or nothing to compare): no arrow, no colour
                caveats = k.caveat_texts(lang())
                cell = grid.cell() if caveats else contextlib.nullcontext()
                with cell:
                    _metric(k, delta, colour, flat, vs)
                    for caveat in caveats:  # on the card, not only in the tooltip
                        st.caption(caveat)


def _metric(k: Any, delta: str | None, colour: str, flat: bool, vs: str) -> None:
    """One KPI card's metric: value, change, formula in the tooltip."""
    st.metric(
        t(k.label_key),
        k.value_text(lang()),
        delta=delta,
        delta_color="off" if flat else colour,
        delta_arrow="off" if flat else "auto",
        help=t(k.help_key) + "\n\n" + t("dash.kpi.exact", value=k.full_text()) + "\n\n" + vs,
        border=True,
    )


_MD_SPECIAL = "\\`*_{}[]()#+-.!|<>~$"


def md_escape(text: str) -> str:
    """Escape markdown so generated sentences that contain data values (topic names from an
    upload) are shown literally."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


def change_list(items: list[Any]) -> None:
    """The 'apa yang berubah' list (gema.core.kpi.Change): one line each, arrow by direction."""
    if not items:
        st.caption(t("dash.change.none"))
        return
    lines = []
    for c in items:
        icon = ":material/trending_up:" if c.rising else ":material/trending_down:"
        if c.metric == "feedback":  # more feedback is neither good nor bad in itself
            colour = "gray"
        else:
            colour = "blue" if (c.metric == "reach") == c.rising else "orange"
        lines.append(f"- :{colour}[{icon}] {md_escape(c.text(lang()))}")
    st.markdown("\n".join(lines))


def chart(fig: Any, key: str | None = None) -> None:
    """A Plotly figure at full width, without the Plotly logo, offline."""
    # theme=None: our own large fonts and colours (as on the FGD slides), not Streamlit's theme
    st.plotly_chart(fig, width="stretch", key=key, theme=None, config={"displaylogo": False})


# --- dashboards (issue 3): tables, follow-up, label corrections ---------------------------
