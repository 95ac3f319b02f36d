"""SKM kinds for the importer: respondent answers ('skm') and aggregated recaps ('skm_recap',
registered in gema/ingest/skm_recap_kind.py from the pieces defined here).

Plugs into the kind registry of gema/ingest/fields.py (no edits to the pipeline):
- unsur columns are matched by NAME, never by position: `U1`, `U1 Persyaratan`, `U1. Persyaratan`,
  `Unsur 1 - Persyaratan`, a Google Forms grid column `Penilaian [U1 Persyaratan]`, or the question
  text of the PermenPANRB 14/2017 kuesioner ("Bagaimana pendapat Saudara tentang kesesuaian
  persyaratan pelayanan …" → U1). Any number of unsur (9 standard, 11 seen); names come from the
  upload, the standard names only fill in for bare `U1`…`U9` headers;
- answers are numbers 1–4 or the printed answer labels, looked up in data/reference/
  skm_answers.csv (data, not code) inside one SQL CASE, so the whole column is scored at once;
- loading unpivots the unsur columns in SQL (one statement), writes skm_responses, skm_scores
  and, for a meaningful open-text saran, one feedback row (channel 'Survei') carrying the
  response key in `extra`, so survey suggestions show on the Aspirasi page and are undone with
  the batch.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from functools import cache

import duckdb

from gema.core import store
from gema.ingest.fields import (
    Field,
    FieldType,
    KindSpec,
    LoadContext,
    register_kind,
    register_type,
)
from gema.ingest.kinds_core import label_feedback_after_load
from gema.ingest.mapping import normalise_header
from gema.kepuasan import ikm

ANSWERS_CSV = store.DATA / "reference" / "skm_answers.csv"
UNSUR_FIELD = re.compile(r"^U\d{1,2}$")

# --- answer labels → score ---------------------------------------------------------------------


def normalise_answer(text: str) -> str:
    """The same normalisation the SQL applies to a cell: lower case, non-alphanumerics to one
    space ('Sangat Sesuai.' → 'sangat sesuai')."""
    return re.sub(r"[^a-z0-9]+", " ", str(text).lower()).strip()


@cache
def answer_labels() -> dict[str, int]:
    """{normalised label: score} from data/reference/skm_answers.csv. A label must mean one score
    on every scale (checked here), because the lookup does not know which question it serves."""
    out: dict[str, int] = {}
    with open(ANSWERS_CSV, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            label, score = normalise_answer(row["label"]), int(row["score"])
            if not ikm.SCORE_MIN <= score <= ikm.SCORE_MAX:
                raise ValueError(f"{ANSWERS_CSV}: score {score} for {row['label']!r}")
            if out.get(label, score) != score:
                raise ValueError(f"{ANSWERS_CSV}: {row['label']!r} has two scores")
            out[label] = score
    return out


def seed_answer_labels(conn: duckdb.DuckDBPyConnection) -> None:
    """Put the answer labels where the macro gema_skm_score reads them (TEMP skm_answer_labels):
    '4', '4,0', '4. Sangat sesuai', 'Sangat sesuai (4)' (the number wins) or a label of the
    reference table in any case/punctuation → 1..4; anything else NULL (migration 172)."""
    labels = answer_labels()
    store.execute(conn, "skm/answer_labels_seed", labels=list(labels), scores=list(labels.values()))


# Period text of a recap → STRUCT(s DATE, e DATE, l VARCHAR): the macro gema_skm_period in
# queries/schema/170_skm_period_macro.sql ('Semester I 2024', 'TW 3 2024', 'Juli 2024', …).

# A row whose unsur are all blank is no questionnaire. The check sits on the first unsur field
# only, so such a row gets one message, not one per unsur column; it reads the row's unsur
# values (gema_check_first_answer, migration 172).
FIRST_ANSWER = "skm_answer_first"
# Recap NRR: above 0 and at most 4 as given, and 1..4 once divided by the weight (bobot) when the
# file carries weighted NRR ("NRR tertimbang" = NRR x bobot; gema_check_nrr). A row whose unsur
# values are all at most 1 carries NRR x 1/n, n = the unsur the row has values for, as real
# recaps print them (0,30 for NRR 3,3 with 11 unsur): gema_check_nrr_unsur (issue 11).
NRR_UNSUR = "skm_nrr_unsur"


def _first_answer_type(codes: Sequence[str]) -> str:
    """The type of the first unsur field (one type whatever the set: the check reads U1…Un)."""
    return FIRST_ANSWER


def _nrr_type(codes: Sequence[str]) -> str:
    """The recap NRR type for the unsur fields of a file (the check reads U1…Un)."""
    return NRR_UNSUR


def _register_types() -> None:
    answer = {"sql_type": "TINYINT", "message_key": "ikm.err.answer", "seed": seed_answer_labels}
    register_type(FieldType("skm_answer", "gema_skm_score", **answer))
    register_type(
        FieldType(
            FIRST_ANSWER,
            "gema_skm_score",
            check="gema_check_first_answer",
            check_key="ikm.err.no_answers",
            check_unsur=True,
            **answer,
        )
    )
    nrr = {"sql_type": "DOUBLE", "message_key": "ikm.err.nrr", "check_key": "ikm.err.nrr_range"}
    register_type(FieldType("skm_nrr", "gema_num", check="gema_check_nrr", **nrr))
    register_type(
        FieldType(NRR_UNSUR, "gema_num", check="gema_check_nrr_unsur", check_unsur=True, **nrr)
    )
    register_type(
        FieldType(
            "skm_period",
            "gema_skm_period",
            "STRUCT(s DATE, e DATE, l VARCHAR)",
            "ikm.err.period",
        )
    )
    # A recap row names its unit, or is the file's own total row: an empty unit with the
    # kabupaten's name in the 'No' column. An empty unit with a number (or nothing) in 'No' is
    # a row we cannot place (issue 11; gema_check_recap_unit).
    register_type(
        FieldType(
            "recap_unit",
            "gema_text",
            "VARCHAR",
            "",
            check="gema_check_recap_unit",
            check_key="skm.err.recap_unit",
        )
    )


# --- unsur columns by name ----------------------------------------------------------------------

# Keywords of the nine unsur in the question texts of the PermenPANRB 14/2017 kuesioner, by
# meaning (the kuesioner asks about sarana before pengaduan, so numbering by position would swap
# U8 and U9). Each entry: (code, words that must all appear as whole words, in normalised text).
_QUESTION_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("U1", ("persyaratan",)),
    ("U2", ("prosedur",)),
    ("U2", ("sistem", "mekanisme")),
    ("U3", ("waktu",)),
    ("U3", ("kecepatan",)),
    ("U4", ("biaya",)),
    ("U4", ("tarif",)),
    ("U5", ("produk",)),
    ("U5", ("spesifikasi",)),
    ("U6", ("kompetensi",)),
    ("U6", ("kemampuan", "petugas")),
    ("U7", ("perilaku",)),
    ("U7", ("kesopanan",)),
    ("U7", ("keramahan",)),
    ("U8", ("pengaduan",)),
    ("U9", ("sarana",)),
    ("U9", ("prasarana",)),
)
_CODE_HEADER = re.compile(
    r"^\s*(?:u|unsur)\s*[.\-_ ]?\s*(\d{1,2})(?![\d])\s*(?:[.:)\-–—_]+)?\s*(.*?)\s*$",
    re.IGNORECASE,
)
_BRACKET = re.compile(r"\[([^\]]+)\]\s*$")


def _code_and_name(header: str) -> tuple[str, str | None] | None:
    """('U1', 'Persyaratan') for 'U1. Persyaratan'; ('U1', None) for 'U1'; None otherwise."""
    for text in (header, *(_BRACKET.findall(header) or [])):
        m = _CODE_HEADER.match(text)
        if m and int(m.group(1)) >= 1:
            name = m.group(2).strip(" .:-–—_") or None
            return f"U{int(m.group(1))}", name
    return None


def _question_code(header: str) -> str | None:
    """The standard unsur a question text asks about, or None. Only question-like headers (at
    least four words) qualify, so a column named 'Waktu' or 'Biaya' is not taken for an unsur."""
    norm = normalise_header(header)
    words = set(norm.split())
    if len(norm.split()) < 4:
        return None
    hits = [code for code, keys in _QUESTION_KEYS if all(k in words for k in keys)]
    distinct = list(dict.fromkeys(hits))
    return distinct[0] if len(distinct) == 1 else None


def detect_unsur(columns: Sequence[str]) -> dict[str, tuple[str, str | None]]:
    """{source column: (unsur code, unsur name)} for the columns that are unsur, by name.

    A code in the header wins ('U8 Sarana dan prasarana' stays U8); a question text gets the
    code of its meaning and the standard name. The first column claiming a code keeps it; a
    second one is left unmapped (and kept in `extra`)."""
    coded: dict[str, tuple[str, str | None]] = {}
    for col in columns:
        hit = _code_and_name(col)
        if hit:
            coded[col] = hit
    out: dict[str, tuple[str, str | None]] = {}
    taken: set[str] = set()
    for col in columns:
        hit = coded.get(col)
        if hit is None:
            q = _question_code(col)
            hit = (q, ikm.STANDARD_UNSUR[q]) if q else None
        if hit is None or hit[0] in taken:
            continue
        out[col] = hit
        taken.add(hit[0])
    # Bare 'U1'…'U9' headers: the standard names, but only when the file uses no code above U9
    # (an 11-unsur questionnaire numbers its unsur its own way).
    if all(ikm.unsur_sort_key(code)[0] <= 9 for code, _ in out.values()):
        out = {c: (code, name or ikm.STANDARD_UNSUR.get(code)) for c, (code, name) in out.items()}
    return out


def _unsur_fields(type_name: str, check_first: bool = False, per_set: bool = False):
    """dynamic_fields hook: one field per unsur column found by name, plus U1…U9 so that a
    column the matcher did not recognise can still be mapped to a standard unsur by hand. With
    `check_first`, the first field carries the row-level "no answer at all" check. With
    `per_set` (recaps), every unsur field gets the NRR type of the file's set of unsur and
    U1…U20 are offered (real recaps have 11 unsur or more)."""

    def fields(columns: Sequence[str]) -> list[Field]:
        found = detect_unsur(columns)
        ordered = sorted(found.items(), key=lambda kv: ikm.unsur_sort_key(kv[1][0]))
        out = [
            Field(code, type_name, False, (normalise_header(col),)) for col, (code, _) in ordered
        ]
        have = {f.name for f in out}
        offered = ANY_UNSUR if per_set else tuple(ikm.STANDARD_UNSUR)
        out += [Field(code, type_name) for code in offered if code not in have]
        out.sort(key=lambda f: ikm.unsur_sort_key(f.name))
        if per_set:  # the set is the unsur found in the headers (all offered when none)
            kind = _nrr_type([code for _, (code, _) in ordered] or [f.name for f in out])
            out = [Field(f.name, kind, f.required, f.synonyms) for f in out]
        if check_first and ordered:
            first = ordered[0][1][0]
            kind = _first_answer_type([f.name for f in out])
            out = [
                Field(f.name, kind, f.required, f.synonyms) if f.name == first else f for f in out
            ]
        return out

    return fields


# Every unsur code a file may use; at least one must be mapped (KindSpec.required_any).
ANY_UNSUR = tuple(f"U{i}" for i in range(1, 21))


def _detect(columns: Sequence[str]) -> dict[str, str]:
    return {col: code for col, (code, _) in detect_unsur(columns).items()}


# Google Forms headers are whole questions ("Unit layanan yang Anda kunjungi", "Usia Anda"):
# for fields the synonym matcher left unmapped, a header containing all these words is taken.
_PROFILE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("unit", ("unit", "layanan")),
    ("unit", ("unit", "pelayanan")),
    ("kabkota", ("kabupaten", "kota")),
    ("gender", ("jenis", "kelamin")),
    ("age", ("usia",)),
    ("age", ("umur",)),
    ("education", ("pendidikan",)),
    ("occupation", ("pekerjaan",)),
)


def _detect_with_suggestion(columns: Sequence[str]) -> dict[str, str]:
    """Unsur columns by name; profile questions by their words; the first other question asking
    for saran/masukan/kritik as the open-text suggestion."""
    out = _detect(columns)
    taken = set(out.values())
    for col in columns:
        if col in out:
            continue
        words = set(normalise_header(col).split())
        for fname, keys in _PROFILE_WORDS:
            if fname not in taken and all(k in words for k in keys):
                out[col] = fname
                taken.add(fname)
                break
        else:
            if (
                "suggestion" not in taken
                and words & {"saran", "masukan", "kritik"}
                and "pengaduan" not in words
            ):
                out[col] = "suggestion"
                taken.add("suggestion")
    return out


def unsur_names(mapping: dict[str, str]) -> dict[str, str | None]:
    """{unsur code: name from the upload} for the columns mapped to unsur fields."""
    cols = [c for c, f in mapping.items() if UNSUR_FIELD.match(f)]
    detected = detect_unsur(cols)
    out: dict[str, str | None] = {}
    for col, fname in mapping.items():
        if not UNSUR_FIELD.match(fname):
            continue
        hit = detected.get(col)
        name = hit[1] if hit and hit[0] == fname else None
        if name is None and hit is None:  # a column the user mapped by hand: its header is the name
            name = col.strip() or None
        out[fname] = name
    return out


# --- loading ------------------------------------------------------------------------------------


def _stage_unsur_names(ctx: LoadContext) -> None:
    store.execute(ctx.conn, "skm/unsur_names_create")
    for code, name in unsur_names(ctx.mapping).items():
        store.execute(ctx.conn, "skm/unsur_names_insert", unsur=code, name=name)


def load_responses(ctx: LoadContext) -> int:
    """Write one skm_responses row per staged row, its scores (unpivoted in SQL) and, for a
    meaningful saran, a feedback row; returns the respondents loaded."""
    conn = ctx.conn
    store.execute(conn, "skm/keys")
    _stage_unsur_names(ctx)
    store.execute(conn, "skm/load_responses", batch_id=ctx.batch_id)
    store.execute(conn, "skm/load_scores", batch_id=ctx.batch_id)
    store.execute(conn, "skm/load_feedback", batch_id=ctx.batch_id, user=ctx.user)
    if "service_users" in {f.name for f in ctx.fields}:
        store.execute(conn, "skm/load_service_users", batch_id=ctx.batch_id)
    return int(store.scalar(conn, "skm/keys_count"))


# --- the kinds ----------------------------------------------------------------------------------
_UNIT = Field(
    "unit",
    "text",
    True,
    (
        "unit layanan",
        "unit pelayanan",
        "nama unit layanan",
        "nama unit",
        "unit",
        "unit kerja",
        "nama layanan",
        "opd",
        "perangkat daerah",
        "instansi",
        "penyelenggara layanan",
        "service unit",
        "jenis layanan",
        "jenis pelayanan",
        "layanan",
    ),
)
_KABKOTA = Field(
    "kabkota",
    "kabkota",
    False,
    (
        "kab kota",
        "kabupaten kota",
        "kabkota",
        "kota kabupaten",
        "lokasi unit",
        "lokasi layanan",
        "wilayah",
        "lokasi",
        "kode wilayah",
        "region",
    ),
)

SKM = KindSpec(
    name="skm",
    label_key="ikm.kind.skm",
    table="skm_responses",
    tables=("skm_responses", "skm_scores", "feedback", "skm_service_users"),
    natural_key=("response_id",),
    duplicates_query="skm/duplicates",
    fields=(
        Field(
            "submitted_at",
            "timestamp",
            True,
            (
                "timestamp",
                "stempel waktu",
                "cap waktu",
                "tanggal pengisian",
                "waktu pengisian",
                "tanggal survei",
                "tanggal survey",
                "tanggal",
                "waktu",
                "tanggal layanan",
                "submitted at",
                "date",
            ),
        ),
        _UNIT,
        _KABKOTA,
        Field("gender", "text", False, ("jenis kelamin", "kelamin", "jk", "gender", "sex", "l p")),
        Field("age", "text", False, ("umur", "usia", "umur tahun", "usia tahun", "age")),
        Field(
            "education",
            "text",
            False,
            ("pendidikan", "pendidikan terakhir", "tingkat pendidikan", "education"),
        ),
        Field(
            "occupation",
            "text",
            False,
            ("pekerjaan", "pekerjaan utama", "profesi", "mata pencaharian", "occupation", "job"),
        ),
        Field(
            "suggestion",
            "text",
            False,
            (
                "saran",
                "saran dan masukan",
                "saran masukan",
                "kritik dan saran",
                "kritik saran",
                "masukan",
                "saran perbaikan",
                "pesan dan saran",
                "suggestion",
                "suggestions",
            ),
        ),
        Field(
            "response_id",
            "id",
            False,
            ("id responden", "kode responden", "response id", "respondent id"),
        ),
        Field(
            "service_users",
            "count",
            False,
            ("jumlah pengguna layanan", "pengguna layanan", "populasi", "service users"),
        ),
    ),
    dynamic_fields=_unsur_fields("skm_answer", check_first=True),
    required_any=(ANY_UNSUR,),
    detect=_detect_with_suggestion,
    load=load_responses,
    after_load=label_feedback_after_load,  # sentiment/topic for the saran copied into feedback
    template_example=(
        {
            "submitted_at": "01/07/2024 09:15:00",
            "unit": "Samsat Cilegon",
            "kabkota": "Kota Cilegon",
            "gender": "Perempuan",
            "age": "34",
            "education": "S1",
            "occupation": "Wiraswasta",
            **{code: "Sangat sesuai" if code == "U1" else "3" for code in ikm.STANDARD_UNSUR},
            "suggestion": "Antrean pagi perlu ditambah loket.",
        },
    ),
)


_register_types()
register_kind(SKM)
