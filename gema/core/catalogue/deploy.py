"""i18n catalogue, deployability: boundaries, sessions, shared database (issue 9).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- deployability: boundaries, sessions, shared database (issue 9) ----------------------
    "access.signed_out_elsewhere": (
        "Sesi ini sudah diakhiri (keluar di tab lain atau oleh admin). Silakan masuk lagi.",
        "This session has ended (signed out in another tab or by an admin). Please sign in again.",
    ),
    "map.err.unresolved": (
        "Berkas batas wilayah {path}: nama berikut tidak dapat dipastikan kabupaten/kotanya, pilih dulu: {names}.",
        "Boundary file {path}: these names cannot be matched to one regency/city; choose first: {names}.",
    ),
    "map.err.none_matched": (
        "Berkas batas wilayah {path}: tidak satu pun dari {n} fiturnya cocok dengan kabupaten/kota Banten (kode 3601–3604, 3671–3674 atau namanya).",
        "Boundary file {path}: none of its {n} features matches a Banten regency/city (codes 3601–3604, 3671–3674 or their names).",
    ),
    "map.err.public": (
        "Peta belum dapat digambar karena berkas batas wilayah tidak tersedia atau rusak.",
        "The map cannot be drawn because the boundary file is missing or damaged.",
    ),
    "map.no_boundary": (
        "Tidak ada batas di berkas peta untuk: {names} (tetap ada di peringkat dan tabel).",
        "No boundary in the map file for: {names} (still in the ranking and table).",
    ),
    "map.attribution_unknown": (
        "Sumber batas wilayah tidak tercatat.",
        "The boundary source is not recorded.",
    ),
    "ref.boundary_origin.upload": ("unggahan admin", "admin upload"),
    "ref.boundary_origin.shipped": ("berkas bawaan aplikasi", "file shipped with the app"),
    "ref.boundary_origin.none": ("tidak ada", "none"),
    "ref.match.title": (
        "Pencocokan fitur dengan kabupaten/kota",
        "Features matched to regencies/cities",
    ),
    "ref.match.col.no": ("Fitur", "Feature"),
    "ref.match.col.name": ("Nama di berkas", "Name in the file"),
    "ref.match.col.kode": ("Kode", "Code"),
    "ref.match.col.kabkota": ("Kabupaten/Kota", "Regency/City"),
    "ref.match.col.how": ("Cara", "How"),
    "ref.match.how.code": ("kode", "code"),
    "ref.match.how.name": ("nama", "name"),
    "ref.match.how.chosen": ("dipilih admin", "chosen by admin"),
    "ref.match.how.ambiguous": ("ambigu: pilih", "ambiguous: choose"),
    "ref.match.how.unknown": ("tidak dikenal: pilih", "unknown: choose"),
    "ref.match.how.outside": ("di luar Banten (diabaikan)", "outside Banten (ignored)"),
    "ref.match.how.no_geometry": ("geometri tak terpakai", "unusable geometry"),
    "ref.match.missing": ("Tidak ada batas untuk: {names}.", "No boundary for: {names}."),
    "ref.match.repaired": ("Diperbaiki otomatis:", "Repaired automatically:"),
    "ref.match.choose": (
        'Pilih kabupaten/kota untuk "{name}"',
        'Choose the regency/city for "{name}"',
    ),
    "ref.match.choose_none": ("— belum dipilih —", "— not chosen —"),
    "ref.match.outside": ("bukan Banten / abaikan", "not Banten / ignore"),
    "ref.match.check": ("Periksa berkas", "Check file"),
    "ref.match.ok": (
        "{n} dari 8 kabupaten/kota cocok. Berkas siap disimpan.",
        "{n} of 8 regencies/cities matched. The file is ready to save.",
    ),
    "db.busy": (
        "Basis data sedang dipakai proses lain (mis. impor terjadwal). Menunggu… ({s} detik)",
        "The database is in use by another process (e.g. a scheduled import). Waiting… ({s} s)",
    ),
    "db.busy_gave_up": (
        "Basis data masih dipakai proses lain setelah {s} detik. Coba lagi sebentar lagi.",
        "The database is still in use by another process after {s} s. Please try again shortly.",
    ),
}
