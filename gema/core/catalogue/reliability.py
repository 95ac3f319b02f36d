"""i18n catalogue, reliability, privacy and limits (issue 16).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- reliability, privacy, limits (issue 16) ----------------------------------------------
    "rel.undo_kept": (
        "{n} baris tetap disimpan karena juga dikirim oleh batch lain yang masih aktif.",
        "{n} rows were kept because another live batch also delivered them.",
    ),
    "rel.limit.xlsx_size": (
        "Berkas '{name}' ditolak: isi Excel setelah dibuka lebih dari {limit} MB (batas "
        "GEMA_MAX_XLSX_UNCOMPRESSED_MB). Pecah berkas menjadi beberapa bagian atau simpan sebagai CSV.",
        "File '{name}' refused: the Excel content is over {limit} MB once unpacked (limit "
        "GEMA_MAX_XLSX_UNCOMPRESSED_MB). Split the file or save it as CSV.",
    ),
    "rel.limit.shared_strings": (
        "Berkas '{name}' ditolak: lebih dari {limit} teks berbeda (batas GEMA_MAX_SHARED_STRINGS).",
        "File '{name}' refused: more than {limit} distinct texts (limit GEMA_MAX_SHARED_STRINGS).",
    ),
    "rel.limit.cell": (
        "Berkas '{name}' ditolak: ada sel berisi lebih dari {limit} karakter (batas "
        "GEMA_MAX_CELL_CHARS; Excel sendiri membatasi 32.767).",
        "File '{name}' refused: a cell holds more than {limit} characters (limit "
        "GEMA_MAX_CELL_CHARS; Excel itself stops at 32,767).",
    ),
    "rel.limit.cell_column": (
        "Berkas '{name}' ditolak: kolom '{column}' berisi sel lebih dari {limit} karakter (batas "
        "GEMA_MAX_CELL_CHARS).",
        "File '{name}' refused: column '{column}' has a cell over {limit} characters (limit "
        "GEMA_MAX_CELL_CHARS).",
    ),
    "rel.limit.columns": (
        "Berkas '{name}' ditolak: lebih dari {limit} kolom (batas GEMA_MAX_COLUMNS).",
        "File '{name}' refused: more than {limit} columns (limit GEMA_MAX_COLUMNS).",
    ),
    "rel.limit.rows": (
        "Berkas '{name}' ditolak: lebih dari {limit} baris (batas GEMA_MAX_ROWS). Pecah berkas "
        "menjadi beberapa bagian.",
        "File '{name}' refused: more than {limit} rows (limit GEMA_MAX_ROWS). Split the file.",
    ),
    "rel.limit.cells": (
        "Berkas '{name}' ditolak: lembar kerja terlalu luas (baris × kolom lebih dari {limit} "
        "sel, batas GEMA_MAX_CELLS). Hapus sel kosong yang jauh di luar tabel atau pecah berkas.",
        "File '{name}' refused: the sheet is too large (rows × columns over {limit} cells, limit "
        "GEMA_MAX_CELLS). Delete stray cells far outside the table or split the file.",
    ),
    "rel.limit.line": (
        "Berkas '{name}' ditolak: baris terlalu panjang (baris {row}: {size} KB, batas {limit} KB, "
        "GEMA_MAX_LINE_KB). Periksa apakah berkas benar-benar CSV dengan pemisah baris.",
        "File '{name}' refused: line too long (line {row}: {size} KB, limit {limit} KB, "
        "GEMA_MAX_LINE_KB). Check that the file really is a CSV with line breaks.",
    ),
    "rel.cli_user_unknown": (
        "--user '{name}' bukan akun yang ada (atau akunnya nonaktif). Gunakan nama akun yang "
        "terdaftar (python -m gema user list) atau hilangkan --user (tercatat sebagai 'cli').",
        "--user '{name}' is not an existing (enabled) account. Use a registered account name "
        "(python -m gema user list) or leave --user out (recorded as 'cli').",
    ),
    "rel.audit.intact": (
        "Jejak audit utuh: {checked} entri diperiksa, {unsealed} entri lama tanpa segel.",
        "Audit trail intact: {checked} entries checked, {unsealed} older entries unsealed.",
    ),
    "rel.audit.tampered": (
        "Jejak audit TIDAK utuh: entri diubah {altered}; entri yang hilang sebelum {broken}.",
        "Audit trail NOT intact: entries altered {altered}; entries missing before {broken}.",
    ),
    "rel.err.date_range": (
        "Baris {row}, kolom '{column}': tanggal '{value}' di luar rentang wajar (1990 sampai "
        "setahun ke depan). Periksa tahunnya.",
        "Row {row}, column '{column}': date '{value}' is outside the plausible range (1990 to a "
        "year ahead). Check the year.",
    ),
    "ingest.problem.range": ("tanggal di luar rentang wajar", "date outside the plausible range"),
}
