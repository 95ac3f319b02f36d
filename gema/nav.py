"""The page registry: which pages exist, in which section, and which roles may open them.

app.py builds `st.navigation` from this; the access rules (issue 6) read `roles` from here too, so
a page a role may not use is absent from its navigation and refused when reached by URL.
"""

from __future__ import annotations

from dataclasses import dataclass

from gema.core.store import ROOT

ROLES = ("pimpinan", "staf", "admin")
ALL = ROLES
STAFF = ("staf", "admin")
ADMIN = ("admin",)
# GEMA_KIOSK=1 (FGD projection): a visitor who has not signed in gets the pseudo-role 'kiosk' and
# may open only the pages listing it: the presentation and the aspiration wall.
KIOSK = "kiosk"
WITH_KIOSK = (*ALL, KIOSK)


@dataclass(frozen=True)
class PageSpec:
    file: str  # path under pages/
    title_key: str  # i18n key of the navigation title
    icon: str  # material icon
    section: str  # i18n key of the navigation section
    roles: tuple[str, ...] = ALL
    url_path: str = ""
    default: bool = False

    @property
    def path(self) -> str:
        return f"pages/{self.file}"


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "ringkasan.py",
        "nav.ringkasan",
        ":material/dashboard:",
        "app.section.dashboard",
        ALL,
        "ringkasan",
        True,
    ),
    PageSpec("peta.py", "nav.peta", ":material/map:", "app.section.dashboard", ALL, "peta"),
    PageSpec(
        "jangkauan.py",
        "nav.jangkauan",
        ":material/campaign:",
        "app.section.dashboard",
        ALL,
        "jangkauan",
    ),
    PageSpec(
        "aspirasi.py", "nav.aspirasi", ":material/forum:", "app.section.dashboard", ALL, "aspirasi"
    ),
    PageSpec(
        "kepuasan.py",
        "nav.kepuasan",
        ":material/sentiment_satisfied:",
        "app.section.dashboard",
        ALL,
        "kepuasan",
    ),
    PageSpec(
        "presentasi.py",
        "nav.presentasi",
        ":material/slideshow:",
        "app.section.fgd",
        WITH_KIOSK,
        "presentasi",
    ),
    PageSpec("fgd.py", "nav.fgd", ":material/edit_note:", "app.section.fgd", STAFF, "fgd"),
    PageSpec(
        "dinding.py",
        "nav.dinding",
        ":material/view_quilt:",
        "app.section.fgd",
        WITH_KIOSK,
        "dinding",
    ),
    PageSpec(
        "unggah.py", "nav.unggah", ":material/upload_file:", "app.section.data", STAFF, "unggah"
    ),
    PageSpec(
        "referensi.py",
        "nav.referensi",
        ":material/table_edit:",
        "app.section.admin",
        ADMIN,
        "referensi",
    ),
    PageSpec(
        "pengguna.py", "nav.pengguna", ":material/group:", "app.section.admin", ADMIN, "pengguna"
    ),
    PageSpec("audit.py", "nav.audit", ":material/policy:", "app.section.admin", ADMIN, "audit"),
    # --- pages added with issue 9 ---
    # --- pages added with issue 10 ---
    PageSpec(
        "sentimen.py",
        "nav.sentimen",
        ":material/psychology:",
        "app.section.admin",
        ADMIN,
        "sentimen",
    ),
    # --- pages added with issue 11 ---
    # --- pages added with issue 12 ---
    # --- pages added with issue 13 ---
    PageSpec(
        "peringatan.py",
        "nav.peringatan",
        ":material/notification_important:",
        "app.section.dashboard",
        ALL,
        "peringatan",
    ),
    PageSpec("agenda.py", "nav.agenda", ":material/event:", "app.section.dashboard", ALL, "agenda"),
    PageSpec(
        "tindak_lanjut.py",
        "nav.tindak_lanjut",
        ":material/alt_route:",
        "app.section.admin",
        ADMIN,
        "tindak-lanjut",
    ),
    # --- pages added with issue 14 ---
    PageSpec(
        "kreator.py",
        "nav.kreator",
        ":material/leaderboard:",
        "app.section.dashboard",
        ALL,
        "kreator",
    ),
    # --- pages added with issue 16 ---
)


def kiosk_pages() -> list[PageSpec]:
    """The pages open without sign-in in kiosk mode (only those already written)."""
    return available(KIOSK)


def available(role: str | None) -> list[PageSpec]:
    """Pages this role may open (and whose file exists, while the project is being built)."""
    return [p for p in PAGES if (role in p.roles) and (ROOT / p.path).is_file()]
