"""Kind `account_daily`: account-level daily overviews (issue 11).

TikTok Studio's "Overview", YouTube Studio's channel chart data and Meta Business Suite's daily
page/profile insights give one row per day for the whole account, not per post. They plug into
the kind registry (gema/ingest/fields.py) like the SKM kinds, without edits to the pipeline:

- the day is a `day` value (SQL macro `gema_day`, migration 111): a full date, or month and day
  only ('April 12', as TikTok prints it). A day without a year is refused with a message that
  asks for the year, unless the `year` field is set for the file (`--set year=2024`; the upload
  page has a Tahun field). A year in the file name is offered, never applied silently;
- the account and the platform are usually not in these files (the export is of one account):
  the platform is suggested from the recognised format, the account must be given;
- the same platform + account + day already stored (or earlier in the file) is a duplicate, so
  overlapping exports never count a day twice.

Headers recognised per platform are in HEADERS (README, issue 11 section).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gema.ingest.fields import Field, FieldType, KindSpec, Signature, register_kind, register_type

# The day has no year and none is set (or the day does not exist in that year): the check of the
# day type (gema_check_day, migration 172) sees the file's `year` column, which is staged for
# every row (NULL when not given).


def _register_types() -> None:
    register_type(
        FieldType(
            "day",
            "gema_day",
            "STRUCT(d DATE, m INTEGER, dd INTEGER)",
            "ingest.err.date",
            check="gema_check_day",
            check_key="ad.err.no_year",
            dayfirst=True,
        )
    )
    register_type(
        FieldType(
            "year",
            "gema_parse_year",
            "INTEGER",
            "ad.err.year",
        )
    )
    register_type(
        FieldType(
            "signed_count",
            "gema_parse_signed_count",
            "BIGINT",
            "ingest.err.number",
        )
    )


def _count(name: str, *synonyms: str) -> Field:
    return Field(name, "count", False, synonyms)


# Headers by platform, as the exports print them (Indonesian interface first where it exists).
HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "TikTok Studio (Overview)": {
        "date": ("Date", "Tanggal"),
        "views": ("Video Views", "Video views", "Penayangan video"),
        "profile_views": ("Profile Views", "Profile views", "Penayangan profil"),
        "likes": ("Likes", "Suka"),
        "comments": ("Comments", "Komentar"),
        "shares": ("Shares", "Bagikan"),
        "followers": ("Followers", "Pengikut"),
        "followers_gained": ("Difference in followers from previous day", "Pengikut baru"),
    },
    "YouTube Studio (channel, per day)": {
        "date": ("Date",),
        "views": ("Views", "Penayangan"),
        "impressions": ("Impressions", "Impresi"),
        "followers_gained": ("Subscribers", "Subscribers gained", "Subscriber", "Pelanggan"),
        "likes": ("Likes",),
        "comments": ("Comments added",),
        "shares": ("Shares",),
    },
    "Meta Business Suite (Instagram/Facebook, per day)": {
        "date": ("Date", "Tanggal"),
        "reach": (
            "Instagram reach",
            "Facebook Page reach",
            "Page reach",
            "Jangkauan Instagram",
            "Jangkauan Halaman Facebook",
            "Jangkauan",
        ),
        "impressions": ("Impressions", "Impresi"),
        "views": ("Views", "Tayangan"),
        "profile_views": ("Instagram profile visits", "Kunjungan profil Instagram"),
        "followers_gained": (
            "Instagram follows",
            "Facebook Page follows",
            "New follows",
            "Pengikut baru",
            "Mengikuti Instagram",
        ),
        "followers": ("Followers", "Pengikut", "Total followers"),
        "likes": ("Likes", "Suka", "Reactions", "Reaksi"),
        "comments": ("Comments", "Komentar"),
        "shares": ("Shares", "Dibagikan"),
    },
}


def _synonyms(name: str, extra: Sequence[str] = ()) -> tuple[str, ...]:
    seen: list[str] = list(extra)
    for headers in HEADERS.values():
        for h in headers.get(name, ()):
            if h not in seen:
                seen.append(h)
    return tuple(seen)


METRICS = (
    "followers",
    "followers_gained",
    "views",
    "profile_views",
    "reach",
    "impressions",
    "likes",
    "comments",
    "shares",
)

ACCOUNT_DAILY = KindSpec(
    name="account_daily",
    label_key="ad.kind",
    table="account_daily",
    natural_key=("platform", "account", "date"),
    duplicates_query="ingest/duplicates_account_daily",
    load_query="ingest/load_account_daily",
    required_any=(METRICS,),
    fields=(
        Field("date", "day", True, _synonyms("date", ("hari", "tanggal", "date", "day"))),
        Field("platform", "platform", True, ("platform", "media sosial", "medsos")),
        Field(
            "account",
            "handle",
            True,
            ("username", "nama pengguna", "akun", "account", "handle", "account username"),
        ),
        Field("kabkota", "kabkota", False, ("kab kota", "kabupaten kota", "kabkota", "wilayah")),
        Field("year", "year", False, ("tahun", "year")),
        _count("followers", *_synonyms("followers", ("jumlah pengikut", "subscribers total"))),
        Field(
            "followers_gained",
            "signed_count",
            False,
            _synonyms("followers_gained", ("followers gained", "net followers", "pengikut bersih")),
        ),
        _count("views", *_synonyms("views", ("video views", "views", "tayangan video"))),
        _count("profile_views", *_synonyms("profile_views", ("kunjungan profil",))),
        _count("reach", *_synonyms("reach", ("reach", "accounts reached"))),
        _count("impressions", *_synonyms("impressions")),
        _count("likes", *_synonyms("likes")),
        _count("comments", *_synonyms("comments")),
        _count("shares", *_synonyms("shares")),
    ),
    signatures=(
        Signature(
            "TikTok Studio (Overview)",
            ("date", "video views", "profile views"),
            {"platform": "TikTok"},
        ),
        Signature(
            "TikTok Studio (Overview)",
            ("date", "difference in followers from previous day"),
            {"platform": "TikTok"},
        ),
        Signature("YouTube Studio", ("date", "views", "watch time hours"), {"platform": "YouTube"}),
        Signature("YouTube Studio", ("date", "subscribers", "views"), {"platform": "YouTube"}),
        Signature(
            "Meta Business Suite (Instagram)", ("instagram reach",), {"platform": "Instagram"}
        ),
        Signature(
            "Meta Business Suite (Instagram)", ("jangkauan instagram",), {"platform": "Instagram"}
        ),
        Signature(
            "Meta Business Suite (Instagram)",
            ("instagram profile visits",),
            {"platform": "Instagram"},
        ),
        Signature(
            "Meta Business Suite (Facebook)", ("facebook page reach",), {"platform": "Facebook"}
        ),
        Signature(
            "Meta Business Suite (Facebook)",
            ("jangkauan halaman facebook",),
            {"platform": "Facebook"},
        ),
    ),  # fmt: skip
    template_example=(
        {
            "date": "12/04/2024",
            "platform": "TikTok",
            "account": "bantenprov",
            "kabkota": "",
            "followers": "15.200",
            "followers_gained": "35",
            "views": "4.321",
            "profile_views": "210",
            "likes": "512",
            "comments": "40",
            "shares": "18",
        },
    ),
)

_YEAR_IN_NAME = re.compile(r"(?<![0-9])(20[0-9]{2})(?![0-9])")


def year_from_name(file_name: str | None) -> int | None:
    """The one year a file name mentions ('tiktok_overview_2024.xlsx' → 2024), to OFFER as the
    default of the Tahun field; None when there is none or several (never guessed)."""
    found = set(_YEAR_IN_NAME.findall(str(file_name or "")))
    return int(found.pop()) if len(found) == 1 else None


def missing_year(errors: Sequence[dict]) -> bool:
    """True when a file was refused because its days have no year (the message of
    ad.err.no_year names `--set year=`, in both languages)."""
    return any("--set year=" in str(e.get("message", "")) for e in errors)


_register_types()
register_kind(ACCOUNT_DAILY)
