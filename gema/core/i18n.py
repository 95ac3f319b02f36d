"""One catalogue for every UI and message text, Bahasa Indonesia first, English second;
Indonesian number and date formats (1.234.567; 1 Juli 2024) regardless of the chosen language,
because the figures are read side by side with Indonesian government reports.

Add keys inside your area's section below; keep keys `area.thing` in lower snake case.
"""

from __future__ import annotations

import math
from datetime import date, datetime

import pandas as pd

LANGS = ("id", "en")
DEFAULT_LANG = "id"

BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
BULAN_SINGKAT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# key → (Bahasa Indonesia, English). Placeholders use str.format names: {n}, {name}.
CATALOG: dict[str, tuple[str, str]] = {
    # --- app / shell -------------------------------------------------------------------------
    "app.title": ("Gema Banten", "Gema Banten"),
    "app.tagline": (
        "Jangkauan komunikasi publik dan suara masyarakat Provinsi Banten",
        "Reach of public communication and the public's voice in Banten Province",
    ),
    "app.language": ("Bahasa", "Language"),
    "app.demo_banner": (
        "Data contoh: angka di halaman ini berasal dari data demo, bukan data sebenarnya.",
        "Sample data: the figures on this page come from demo data, not real data.",
    ),
    "app.section.dashboard": ("Dasbor", "Dashboards"),
    "app.section.data": ("Data", "Data"),
    "app.section.fgd": ("FGD", "FGD"),
    "app.section.admin": ("Admin", "Admin"),
    "nav.ringkasan": ("Ringkasan", "Overview"),
    "nav.peta": ("Peta Banten", "Banten map"),
    "nav.jangkauan": ("Jangkauan", "Reach"),
    "nav.aspirasi": ("Aspirasi", "Public feedback"),
    "nav.kepuasan": ("Kepuasan (IKM)", "Satisfaction (IKM)"),
    "nav.presentasi": ("Presentasi", "Presentation"),
    "nav.fgd": ("Catat FGD", "FGD capture"),
    "nav.dinding": ("Dinding aspirasi", "Aspiration wall"),
    "nav.unggah": ("Unggah data", "Upload data"),
    "nav.referensi": ("Data referensi", "Reference data"),
    "nav.pengguna": ("Pengguna", "Users"),
    "nav.audit": ("Jejak audit", "Audit trail"),
    # --- filters -----------------------------------------------------------------------------
    "filter.title": ("Filter", "Filters"),
    "filter.period": ("Periode", "Period"),
    "filter.period.7d": ("7 hari terakhir", "Last 7 days"),
    "filter.period.30d": ("30 hari terakhir", "Last 30 days"),
    "filter.period.90d": ("90 hari terakhir", "Last 90 days"),
    "filter.period.month": ("Bulan ini", "This month"),
    "filter.period.year": ("Tahun ini", "This year"),
    "filter.period.all": ("Semua data", "All data"),
    "filter.period.custom": ("Pilih tanggal", "Custom dates"),
    "filter.kabkota": ("Kabupaten/Kota", "Regency/City"),
    "filter.campaign": ("Kampanye", "Campaign"),
    "filter.platform": ("Platform", "Platform"),
    "filter.channel": ("Kanal aspirasi", "Feedback channel"),
    "filter.all": ("Semua", "All"),
    "filter.reset": ("Atur ulang filter", "Reset filters"),
    # --- common ------------------------------------------------------------------------------
    "common.province": ("Seluruh Banten", "All of Banten"),
    "common.none": ("—", "—"),
    "common.outside_unknown": ("Luar Banten / tidak diketahui", "Outside Banten / unknown"),
    "common.download_csv": ("Unduh CSV", "Download CSV"),
    "common.download_xlsx": ("Unduh XLSX", "Download XLSX"),
    "common.no_data": (
        "Belum ada data untuk filter ini.",
        "No data for these filters yet.",
    ),
    # --- ingest (issue 2) --------------------------------------------------------------------
    # ingest pipeline, CLI and upload page (pipeline helper)
    "ingest.kind.posts": ("Konten media sosial (posts)", "Social media posts"),
    "ingest.kind.feedback": ("Aspirasi dan komentar (feedback)", "Public feedback and comments"),
    "ingest.kind.accounts": (
        "Akun (OPD, kreator ICN, media)",
        "Accounts (OPD, ICN creators, media)",
    ),
    "ingest.kind.campaigns": ("Kampanye", "Campaigns"),
    "ingest.field.platform": ("Platform", "Platform"),
    "ingest.field.account": ("Akun", "Account"),
    "ingest.field.campaign": ("Kampanye", "Campaign"),
    "ingest.field.published_at": ("Tanggal tayang", "Published at"),
    "ingest.field.kabkota": ("Kab/Kota", "Regency/City"),
    "ingest.field.post_id": ("ID konten", "Post ID"),
    "ingest.field.url": ("Tautan", "URL"),
    "ingest.field.title": ("Judul", "Title"),
    "ingest.field.views": ("Tayangan", "Views"),
    "ingest.field.impressions": ("Impresi", "Impressions"),
    "ingest.field.reach": ("Jangkauan", "Reach"),
    "ingest.field.likes": ("Suka", "Likes"),
    "ingest.field.comments": ("Komentar", "Comments"),
    "ingest.field.shares": ("Dibagikan", "Shares"),
    "ingest.field.saves": ("Disimpan", "Saves"),
    "ingest.field.cost": ("Biaya (Rp)", "Cost (IDR)"),
    "ingest.field.received_at": ("Tanggal diterima", "Received at"),
    "ingest.field.channel": ("Kanal", "Channel"),
    "ingest.field.topic": ("Topik", "Topic"),
    "ingest.field.text": ("Isi aspirasi", "Feedback text"),
    "ingest.field.author": ("Pengirim", "Author"),
    "ingest.field.author_type": ("Jenis pengirim", "Author type"),
    "ingest.field.author_location": ("Lokasi profil pengirim", "Author profile location"),
    "ingest.field.sentiment": ("Sentimen", "Sentiment"),
    "ingest.field.status": ("Status tindak lanjut", "Follow-up status"),
    "ingest.field.feedback_id": ("ID aspirasi", "Feedback ID"),
    "ingest.field.handle": ("Nama pengguna", "Handle"),
    "ingest.field.display_name": ("Nama akun", "Display name"),
    "ingest.field.account_type": ("Jenis akun", "Account type"),
    "ingest.field.followers": ("Pengikut", "Followers"),
    "ingest.field.is_icn": ("Anggota ICN", "ICN member"),
    "ingest.field.name": ("Nama kampanye", "Campaign name"),
    "ingest.field.theme": ("Tema", "Theme"),
    "ingest.field.opd": ("OPD pemilik", "Owning OPD"),
    "ingest.field.start_date": ("Tanggal mulai", "Start date"),
    "ingest.field.end_date": ("Tanggal selesai", "End date"),
    "ingest.field.target_kabkota": ("Kab/Kota sasaran", "Target regencies/cities"),
    "ingest.field.budget": ("Anggaran (Rp)", "Budget (IDR)"),
    "ingest.usage.kind": (
        "Jenis data '{kind}' tidak dikenal. Pilih salah satu: {kinds}.",
        "Unknown data kind '{kind}'. Choose one of: {kinds}.",
    ),
    "ingest.usage.preset_missing": (
        "Preset pemetaan '{name}' tidak ada. Simpan dulu dengan --save-preset {name}.",
        "Mapping preset '{name}' does not exist. Save it first with --save-preset {name}.",
    ),
    "ingest.usage.preset_kind": (
        "Preset '{name}' dibuat untuk jenis '{kind}', bukan '{wanted}'.",
        "Preset '{name}' was made for kind '{kind}', not '{wanted}'.",
    ),
    "ingest.usage.no_column": (
        "Kolom '{column}' tidak ada di berkas. Kolom yang ada: {columns}.",
        "Column '{column}' is not in the file. Columns present: {columns}.",
    ),
    "ingest.usage.no_field": (
        "Kolom tujuan '{field}' tidak dikenal. Pilih salah satu: {fields} (atau '-' untuk tidak dipakai).",
        "Unknown target field '{field}'. Choose one of: {fields} (or '-' to leave unused).",
    ),
    "ingest.usage.bad_constant": (
        "Nilai tetap {field}={value} tidak dapat dipahami. Periksa ejaannya.",
        "The constant {field}={value} cannot be understood. Check its spelling.",
    ),
    "ingest.usage.bad_region": (
        "Pilihan wilayah '{value}={kode}' tidak sah: gunakan kode kab/kota Banten (3601–3604, 3671–3674) atau '-' untuk luar Banten / tidak diketahui.",
        "Region choice '{value}={kode}' is not valid: use a Banten regency/city code (3601–3604, 3671–3674) or '-' for outside Banten / unknown.",
    ),
    "ingest.usage.no_batch": ("Batch {batch} tidak ada.", "Batch {batch} does not exist."),
    "ingest.usage.already_undone": (
        "Batch {batch} sudah dibatalkan pada {when} oleh {user}.",
        "Batch {batch} was already undone on {when} by {user}.",
    ),
    "ingest.usage.pair": (
        "{what} harus berbentuk NAMA=NILAI, bukan '{item}'.",
        "{what} must look like NAME=VALUE, not '{item}'.",
    ),
    "ingest.note.format": ("Format dikenali: {name}.", "Recognised format: {name}."),
    "ingest.note.suggested": (
        "{label} diisi '{value}' untuk seluruh berkas (sesuai format yang dikenali); ubah di Nilai tetap (CLI: --set {field}=…).",
        "{label} set to '{value}' for the whole file (from the recognised format); change it under Constants (CLI: --set {field}=…).",
    ),
    "ingest.err.empty": (
        "Berkas tidak berisi baris data (hanya judul kolom atau baris ringkasan).",
        "The file has no data rows (only headers or summary rows).",
    ),
    "ingest.err.unmapped_required": (
        'Kolom wajib {label} belum dipetakan. Pilih kolom sumbernya di tabel pemetaan atau isi {label} di Nilai tetap untuk seluruh berkas (CLI: --map "KOLOM={field}" atau --set {field}=…).',
        'Required field {label} is not mapped. Choose its source column in the mapping table or fill in {label} under Constants for the whole file (CLI: --map "COLUMN={field}" or --set {field}=…).',
    ),
    "ingest.err.unmapped_any": (
        'Paling sedikit satu dari kolom berikut harus dipetakan: {labels}. Pilih kolom sumbernya di tabel pemetaan (CLI: --map "KOLOM=…" dengan salah satu dari {fields}).',
        'At least one of these fields must be mapped: {labels}. Choose its source column in the mapping table (CLI: --map "COLUMN=…" with one of {fields}).',
    ),
    "ingest.err.already_loaded": (
        "Berkas '{file}' sudah pernah dimuat pada {when} (batch {batch}, nama berkas '{original}'). Tidak dimuat lagi; batalkan batch itu dulu bila ingin memuat ulang.",
        "File '{file}' was already loaded on {when} (batch {batch}, file name '{original}'). Not loaded again; undo that batch first to reload it.",
    ),
    "ingest.err.date_order": (
        "Urutan tanggal di kolom '{column}' ambigu (contoh: {examples}): sebagian hanya sah sebagai hari/bulan, sebagian hanya sebagai bulan/hari. Pilih urutannya (CLI: --date-order dmy atau mdy); nilai yang tidak cocok akan ditolak.",
        "The date order in column '{column}' is ambiguous (e.g. {examples}): some values are only valid as day/month, others only as month/day. Choose the order (CLI: --date-order dmy or mdy); values that do not fit will be rejected.",
    ),
    "ingest.err.number": (
        "Baris {row}, kolom '{column}' ({label}): '{value}' bukan angka. Tulis angka seperti 1.234, 1,5 rb atau 2 jt, atau kosongkan sel.",
        "Row {row}, column '{column}' ({label}): '{value}' is not a number. Write numbers like 1,234, 1.5K or 2M, or leave the cell empty.",
    ),
    "ingest.err.negative": (
        "Baris {row}, kolom '{column}' ({label}): '{value}' bernilai negatif. Jumlah tidak boleh negatif; perbaiki atau kosongkan sel.",
        "Row {row}, column '{column}' ({label}): '{value}' is negative. Counts cannot be negative; correct or empty the cell.",
    ),
    "ingest.err.date": (
        "Baris {row}, kolom '{column}' ({label}): '{value}' bukan tanggal yang dikenali. Gunakan format seperti 01/07/2024, 2024-07-01 atau 1 Juli 2024.",
        "Row {row}, column '{column}' ({label}): '{value}' is not a recognised date. Use a format like 01/07/2024, 2024-07-01 or 1 Juli 2024.",
    ),
    "ingest.err.sentiment": (
        "Baris {row}, kolom '{column}' ({label}): sentimen '{value}' tidak dikenal. Gunakan positif, netral atau negatif, atau kosongkan agar dihitung otomatis.",
        "Row {row}, column '{column}' ({label}): unknown sentiment '{value}'. Use positif, netral or negatif, or leave it empty to compute it.",
    ),
    "ingest.err.status": (
        "Baris {row}, kolom '{column}' ({label}): status '{value}' tidak dikenal. Gunakan baru, "
        "diverifikasi, diteruskan, diproses/ditindaklanjuti, selesai, ditolak atau duplikat.",
        "Row {row}, column '{column}' ({label}): unknown status '{value}'. Use baru, diverifikasi, "
        "diteruskan, diproses/ditindaklanjuti, selesai, ditolak or duplikat.",
    ),
    "ingest.err.bool": (
        "Baris {row}, kolom '{column}' ({label}): '{value}' bukan ya/tidak. Tulis ya atau tidak.",
        "Row {row}, column '{column}' ({label}): '{value}' is not yes/no. Write ya (yes) or tidak (no).",
    ),
    "ingest.err.account_type": (
        "Baris {row}, kolom '{column}' ({label}): jenis akun '{value}' tidak dikenal. Gunakan opd, icn, media atau lainnya.",
        "Row {row}, column '{column}' ({label}): unknown account type '{value}'. Use opd, icn, media or lainnya.",
    ),
    "ingest.err.region": (
        "Baris {row}, kolom '{column}' ({label}): kab/kota '{value}' belum dapat ditentukan (ambigu, di luar Banten, atau tidak dikenal). Pilih kab/kota-nya di tabel kab/kota atau 'Luar Banten / tidak diketahui' (CLI: --region \"{value}=KODE\" atau --region \"{value}=-\").",
        "Row {row}, column '{column}' ({label}): regency/city '{value}' cannot be determined (ambiguous, outside Banten, or unknown). Choose it in the regency/city table or 'Outside Banten / unknown' (CLI: --region \"{value}=CODE\" or --region \"{value}=-\").",
    ),
    "ingest.err.required": (
        "Baris {row}, kolom '{column}' ({label}): kosong, padahal wajib diisi. Isi selnya atau muat hanya baris yang valid.",
        "Row {row}, column '{column}' ({label}): empty, but required. Fill the cell or load only the valid rows.",
    ),
    "ingest.err.invalid": (
        "Baris {row}, kolom '{column}' ({label}): nilai '{value}' tidak valid.",
        "Row {row}, column '{column}' ({label}): value '{value}' is not valid.",
    ),
    "ingest.refuse.regions": (
        "{n} nilai kab/kota belum ditentukan. Tentukan masing-masing (kode atau luar Banten) lalu muat lagi. Tidak ada yang ditulis.",
        "{n} regency/city values are unresolved. Resolve each (code or outside Banten) and load again. Nothing was written.",
    ),
    "ingest.refuse.invalid": (
        "{n} baris tidak valid. Perbaiki berkasnya, atau pilih untuk memuat hanya baris yang valid (--skip-invalid). Tidak ada yang ditulis.",
        "{n} rows are invalid. Correct the file, or choose to load only the valid rows (--skip-invalid). Nothing was written.",
    ),
    "ingest.problem.invalid": ("nilai tidak dapat dibaca", "value cannot be read"),
    "ingest.problem.check": ("nilai di luar batas", "value out of range"),
    "ingest.problem.required": ("wajib diisi", "required"),
    "ingest.problem.region": ("kab/kota belum ditentukan", "regency/city unresolved"),
    "ingest.col.problem": ("Masalah", "Problem"),
    "ingest.cli.loaded": (
        "Batch {batch}: {loaded} baris dimuat, {rejected} ditolak, {duplicate} duplikat dilewati (dari {read} baris).",
        "Batch {batch}: {loaded} rows loaded, {rejected} rejected, {duplicate} duplicates skipped (of {read} rows).",
    ),
    "ingest.cli.dry_run": (
        "Uji coba: {loaded} baris akan dimuat, {rejected} ditolak, {duplicate} duplikat (dari {read} baris). Tidak ada yang ditulis.",
        "Dry run: {loaded} rows would load, {rejected} rejected, {duplicate} duplicates (of {read} rows). Nothing was written.",
    ),
    "ingest.cli.refused": ("Ditolak: {reason}", "Refused: {reason}"),
    "ingest.cli.unresolved": ("Kab/kota belum ditentukan:", "Unresolved regencies/cities:"),
    "ingest.cli.more_errors": ("… dan {n} masalah lain.", "… and {n} more problems."),
    "ingest.cli.preset_saved": ("Preset '{name}' disimpan.", "Preset '{name}' saved."),
    "ingest.cli.undone": (
        "Batch {batch} dibatalkan; baris terhapus: {rows}.",
        "Batch {batch} undone; rows deleted: {rows}.",
    ),
    "ingest.cli.no_batches": ("Belum ada batch impor.", "No import batches yet."),
    "ingest.page.caption": (
        "Unggah ekspor CSV/XLSX (Meta Business Suite, TikTok Studio, YouTube Studio, X, tweet-harvest, Google Forms, LAPOR!, atau lembar buatan sendiri). Tidak ada yang disimpan sebelum Anda menekan Muat.",
        "Upload CSV/XLSX exports (Meta Business Suite, TikTok Studio, YouTube Studio, X, tweet-harvest, Google Forms, LAPOR!, or hand-made sheets). Nothing is stored until you press Load.",
    ),
    "ingest.page.kind": ("Jenis data", "Data kind"),
    "ingest.page.file": ("Berkas (CSV, TSV, TXT, XLSX)", "File (CSV, TSV, TXT, XLSX)"),
    "ingest.page.current_file": ("Berkas: {name} ({size})", "File: {name} ({size})"),
    "ingest.page.clear_file": ("Ganti berkas", "Change file"),
    "ingest.page.empty": (
        "Pilih jenis data lalu unggah berkasnya. Belum punya format? Unduh templat di bawah.",
        "Choose the data kind and upload its file. No format yet? Download a template below.",
    ),
    "ingest.page.templates": ("Templat", "Templates"),
    "ingest.page.templates_help": (
        "Templat berisi judul kolom berbahasa Indonesia dan satu baris contoh.",
        "Templates hold Indonesian column headers and one example row.",
    ),
    "ingest.page.mapping": ("Pemetaan kolom", "Column mapping"),
    "ingest.page.mapping_help": (
        "Kolom yang tidak dipakai tetap disimpan bersama barisnya.",
        "Columns left unused are still kept with their rows.",
    ),
    "ingest.page.col.source": ("Kolom di berkas", "Column in the file"),
    "ingest.page.col.field": ("Dipakai sebagai", "Used as"),
    "ingest.page.col.example": ("Contoh isi", "Example"),
    "ingest.page.unused": ("(tidak dipakai)", "(not used)"),
    "ingest.page.constants": ("Nilai tetap untuk seluruh berkas", "Constants for the whole file"),
    "ingest.page.constant_for": ("{label} (semua baris)", "{label} (all rows)"),
    "ingest.page.date_order": ("Urutan tanggal", "Date order"),
    "ingest.page.dmy": ("hari/bulan/tahun", "day/month/year"),
    "ingest.page.mdy": ("bulan/hari/tahun", "month/day/year"),
    "ingest.page.regions": ("Kab/kota yang perlu ditentukan", "Regencies/cities to resolve"),
    "ingest.page.regions_help": (
        "Nilai ambigu (mis. 'Tangerang'), di luar Banten, atau tidak dikenal. Pilih kode kab/kota atau luar Banten / tidak diketahui.",
        "Ambiguous (e.g. 'Tangerang'), outside Banten, or unknown values. Choose a regency/city or outside Banten / unknown.",
    ),
    "ingest.page.col.value": ("Nilai", "Value"),
    "ingest.page.col.rows": ("Baris", "Rows"),
    "ingest.page.col.status": ("Keterangan", "Status"),
    "ingest.page.col.choice": ("Pilihan", "Choice"),
    "ingest.page.choose": ("— pilih —", "— choose —"),
    "ingest.page.status.ambiguous": ("ambigu", "ambiguous"),
    "ingest.page.status.outside": ("di luar Banten", "outside Banten"),
    "ingest.page.status.unknown": ("tidak dikenal", "unknown"),
    "ingest.page.status.chosen": ("sudah dipilih", "chosen"),
    "ingest.page.preview": ("Pratinjau", "Preview"),
    "ingest.page.summary": (
        "{read} baris dibaca · {valid} siap dimuat · {rejected} ditolak · {duplicate} duplikat",
        "{read} rows read · {valid} ready to load · {rejected} rejected · {duplicate} duplicates",
    ),
    "ingest.page.problems": (
        "Ada baris yang belum bisa dimuat (merah di pratinjau, rinciannya di bawah). Perbaiki pemetaan, nilai tetap atau kab/kota di atas, atau muat hanya baris yang valid.",
        "Some rows cannot be loaded yet (red in the preview, details below). Fix the mapping, constants or regencies/cities above, or load only the valid rows.",
    ),
    "ingest.page.errors": ("Baris bermasalah", "Rows with problems"),
    "ingest.page.col.row": ("Baris", "Row"),
    "ingest.page.col.column": ("Kolom", "Column"),
    "ingest.page.col.message": ("Pesan", "Message"),
    "ingest.page.skip_invalid": (
        "Muat hanya baris yang valid (baris ditolak dapat diunduh)",
        "Load only the valid rows (rejected rows can be downloaded)",
    ),
    "ingest.page.download_rejected": (
        "Unduh baris yang ditolak (CSV)",
        "Download rejected rows (CSV)",
    ),
    "ingest.page.save_preset": ("Simpan pemetaan sebagai preset", "Save mapping as preset"),
    "ingest.page.preset": ("Preset pemetaan", "Mapping preset"),
    "ingest.page.no_preset": ("(deteksi otomatis)", "(automatic detection)"),
    "ingest.page.load": ("Muat ke basis data", "Load into the database"),
    "ingest.page.loaded": (
        "Batch {batch} dimuat: {loaded} baris, {duplicate} duplikat dilewati, {rejected} ditolak.",
        "Batch {batch} loaded: {loaded} rows, {duplicate} duplicates skipped, {rejected} rejected.",
    ),
    "ingest.page.history": ("Riwayat unggahan", "Upload history"),
    "ingest.page.history_empty": (
        "Belum ada unggahan. Unggah berkas di atas atau jalankan `python -m gema init --demo` untuk data contoh.",
        "No uploads yet. Upload a file above or run `python -m gema init --demo` for sample data.",
    ),
    "ingest.page.undo": ("Batalkan batch", "Undo batch"),
    "ingest.page.undo_pick": ("Batch yang dibatalkan", "Batch to undo"),
    "ingest.page.undo_confirm": (
        "Ya, hapus semua baris dari batch ini",
        "Yes, delete every row of this batch",
    ),
    "ingest.page.undone": ("Batch {batch} dibatalkan.", "Batch {batch} undone."),
    "ingest.page.undo_admin_only": (
        "Hanya admin yang dapat membatalkan batch.",
        "Only an admin can undo a batch.",
    ),
    "ingest.page.col.batch": ("Batch", "Batch"),
    "ingest.page.col.kind": ("Jenis", "Kind"),
    "ingest.page.col.file": ("Berkas", "File"),
    "ingest.page.col.by": ("Oleh", "By"),
    "ingest.page.col.when": ("Waktu", "When"),
    "ingest.page.col.loaded": ("Dimuat", "Loaded"),
    "ingest.page.col.rejected": ("Ditolak", "Rejected"),
    "ingest.page.col.duplicate": ("Duplikat", "Duplicates"),
    "ingest.page.col.status_batch": ("Status", "Status"),
    "ingest.page.status.loaded": ("dimuat", "loaded"),
    "ingest.page.status.undone": ("dibatalkan", "undone"),
    "ingest.page.read_error": (
        "Berkas tidak dapat dibaca: {message}",
        "The file cannot be read: {message}",
    ),
    "ingest.read.missing": (
        "Berkas '{name}' tidak ditemukan.",
        "File '{name}' was not found.",
    ),
    "ingest.read.empty": (
        "Berkas '{name}' kosong: tidak ada baris judul maupun data. Unggah ekspor yang berisi data.",
        "File '{name}' is empty: no header row and no data. Upload an export that contains data.",
    ),
    "ingest.read.binary": (
        "Berkas '{name}' bukan berkas teks CSV/TSV maupun Excel (isinya tampak biner). "
        "Simpan ulang sebagai CSV (UTF-8) atau XLSX lalu unggah lagi.",
        "File '{name}' is neither a CSV/TSV text file nor Excel (its content looks binary). "
        "Save it again as CSV (UTF-8) or XLSX and upload it again.",
    ),
    "ingest.read.binary_kind": (
        "Berkas '{name}' adalah berkas {kind}, bukan tabel. Unggah ekspor CSV atau XLSX.",
        "File '{name}' is a {kind} file, not a table. Upload a CSV or XLSX export.",
    ),
    "ingest.read.word": (
        "Berkas '{name}' adalah dokumen Word (.docx), bukan tabel. Salin tabelnya ke Excel dan "
        "simpan sebagai XLSX atau CSV.",
        "File '{name}' is a Word document (.docx), not a table. Copy the table into Excel and "
        "save it as XLSX or CSV.",
    ),
    "ingest.read.powerpoint": (
        "Berkas '{name}' adalah presentasi PowerPoint, bukan tabel. Unggah ekspor CSV atau XLSX.",
        "File '{name}' is a PowerPoint presentation, not a table. Upload a CSV or XLSX export.",
    ),
    "ingest.read.zip": (
        "Berkas '{name}' adalah arsip ZIP. Ekstrak dulu lalu unggah berkas CSV atau XLSX di dalamnya.",
        "File '{name}' is a ZIP archive. Extract it and upload the CSV or XLSX file inside.",
    ),
    "ingest.read.corrupt_zip": (
        "Berkas '{name}' rusak atau tidak lengkap (arsip XLSX/ZIP tidak bisa dibuka). "
        "Unduh ulang ekspornya atau simpan ulang dari Excel.",
        "File '{name}' is damaged or incomplete (the XLSX/ZIP archive cannot be opened). "
        "Download the export again or save it again from Excel.",
    ),
    "ingest.read.corrupt_excel": (
        "Berkas Excel '{name}' rusak atau tidak bisa dibaca. Buka di Excel, simpan ulang sebagai "
        "XLSX, lalu unggah lagi.",
        "Excel file '{name}' is damaged or cannot be read. Open it in Excel, save it again as "
        "XLSX and upload it again.",
    ),
    "ingest.read.no_sheet": (
        "Lembar '{sheet}' tidak ada di berkas '{name}'. Lembar yang ada: {sheets}.",
        "Sheet '{sheet}' does not exist in file '{name}'. Available sheets: {sheets}.",
    ),
    "ingest.read.empty_sheet": (
        "Berkas Excel '{name}' tidak berisi data (lembar '{sheet}' kosong).",
        "Excel file '{name}' contains no data (sheet '{sheet}' is empty).",
    ),
    "ingest.read.csv_error": (
        "Berkas '{name}' tidak bisa dibaca sebagai CSV: {detail}. Periksa tanda kutip yang tidak "
        "tertutup, atau simpan ulang berkasnya sebagai CSV (UTF-8).",
        "File '{name}' cannot be read as CSV: {detail}. Check for unclosed quotes, or save the "
        "file again as CSV (UTF-8).",
    ),
    "ingest.read.unclosed_quote": (
        "Berkas '{name}': tanda kutip (\") yang dibuka di baris {row} tidak pernah ditutup, "
        "sehingga sisa berkas terbaca sebagai satu sel. Perbaiki tanda kutip di baris itu, atau "
        "simpan ulang berkasnya dari Excel sebagai CSV.",
        "File '{name}': a quote (\") opened on row {row} is never closed, so the rest of the "
        "file reads as one cell. Fix the quote on that row, or save the file again from Excel "
        "as CSV.",
    ),
    "ingest.read.note.preamble": (
        "Baris judul tabel ditemukan di baris {row}; baris di atasnya (judul laporan) dilewati.",
        "The table header was found on row {row}; the lines above it (report title) were skipped.",
    ),
    "ingest.read.note.ragged": (
        "Baris {rows} berisi lebih banyak kolom ({width}) daripada baris judul ({header}); "
        "isi tambahan disimpan di kolom {columns} agar tidak ada data yang hilang. Periksa "
        "pemisah kolom atau tanda kutip di baris tersebut.",
        "Row(s) {rows} have more fields ({width}) than the header ({header}); the extra values "
        "are kept in column(s) {columns} so no data is lost. Check the separators or quotes on "
        "those rows.",
    ),
    "ingest.read.note.cp1252": (
        "Berkas dibaca sebagai Windows-1252 (CSV dari Excel di Windows), bukan UTF-8.",
        "The file was read as Windows-1252 (CSV from Excel on Windows), not UTF-8.",
    ),
    "ingest.read.note.utf16": (
        'Berkas dibaca sebagai UTF-16 ("Teks Unicode" dari Excel).',
        'The file was read as UTF-16 (Excel "Unicode text").',
    ),
    "ingest.read.note.sheets": (
        "Lembar '{sheet}' yang dibaca; lembar lain di berkas ini: {others}. Pilih lembar lain "
        "bila perlu.",
        "Sheet '{sheet}' was read; other sheets in this file: {others}. Choose another sheet if "
        "needed.",
    ),
    "ingest.read.note.excel_precision": (
        "Kolom {columns} berisi angka lebih dari 15 digit; Excel hanya menyimpan 15 digit, jadi "
        "ID panjang bisa sudah berubah. Simpan ID sebagai teks di Excel, atau unggah CSV aslinya.",
        "Column(s) {columns} hold numbers longer than 15 digits; Excel keeps only 15 digits, so "
        "long IDs may already be altered. Store IDs as text in Excel, or upload the original CSV.",
    ),
    "ingest.read.note.summary": (
        "Baris {row} ('{value}') dilewati sebagai baris ringkasan.",
        "Row {row} ('{value}') was left out as a summary row.",
    ),
    # --- dashboards (issue 3) ----------------------------------------------------------------
    "dash.a.heatmap_top": (
        "{n} topik terbanyak (nama dipersingkat). Semua topik dengan nama lengkap ada di tabel.",
        "The {n} most frequent topics (short names). Every topic, full names: see the table.",
    ),
    "dash.filter.campaign.help": (
        "Berlaku untuk angka konten (jangkauan, interaksi); aspirasi tidak terikat kampanye.",
        "Applies to content figures (reach, engagements); feedback is not tied to campaigns.",
    ),
    "dash.filter.platform.help": (
        "Berlaku untuk angka konten; untuk aspirasi gunakan filter kanal.",
        "Applies to content figures; for feedback use the channel filter.",
    ),
    "dash.filter.channel.help": (
        "Berlaku untuk angka aspirasi (jumlah, sentimen, topik).",
        "Applies to feedback figures (volume, sentiment, topics).",
    ),
    "dash.ringkasan.caption": (
        "Keadaan komunikasi publik dan suara masyarakat Banten dalam sekali lihat.",
        "The state of public communication and the public's voice in Banten at a glance.",
    ),
    "dash.jangkauan.caption": (
        "Seberapa jauh kampanye, akun OPD dan kreator ICN menjangkau masyarakat.",
        "How far campaigns, OPD accounts and ICN creators reach the public.",
    ),
    "dash.aspirasi.caption": (
        "Apa kata masyarakat: kanal, topik, sentimen dan tindak lanjutnya.",
        "What the public says: channels, topics, sentiment and follow-up.",
    ),
    "dash.period_line": (
        "Periode {period} · perubahan dibandingkan periode sebelumnya yang sama panjang ({prev})",
        "Period {period} · changes compared with the previous period of equal length ({prev})",
    ),
    "dash.kpi.delta_help": (
        "Angka kecil di bawah: perubahan dibanding periode sebelumnya yang sama panjang.",
        "Small figure below: change against the previous period of equal length.",
    ),
    "dash.period_all": (
        "Semua data sampai {end} · tanpa perbandingan dengan periode sebelumnya",
        "All data up to {end} · no comparison with a previous period",
    ),
    "dash.points": ("poin", "points"),
    "dash.days": ("{n} hari", "{n} days"),
    "dash.yes": ("Ya", "Yes"),
    "dash.no": ("Tidak", "No"),
    "dash.other": ("Lainnya", "Other"),
    "dash.no_campaign": ("Tanpa kampanye", "No campaign"),
    "dash.no_topic": ("Belum bertopik", "No topic yet"),
    "dash.empty.all": (
        "Belum ada data. Unggah ekspor konten (jenis: Konten/posts, mis. dari Meta Business "
        "Suite, TikTok Studio, YouTube Studio) dan aspirasi (jenis: Aspirasi/feedback, mis. "
        "LAPOR!, Google Forms, komentar) di halaman Unggah data.",
        "No data yet. Upload content exports (kind: Content/posts, e.g. from Meta Business "
        "Suite, TikTok Studio, YouTube Studio) and feedback (kind: Feedback, e.g. LAPOR!, "
        "Google Forms, comments) on the Upload data page.",
    ),
    "dash.empty.posts": (
        "Belum ada data konten. Unggah ekspor konten (jenis: Konten/posts, mis. Meta Business "
        "Suite, TikTok Studio, YouTube Studio, X analytics) di halaman Unggah data.",
        "No content data yet. Upload content exports (kind: Content/posts, e.g. Meta Business "
        "Suite, TikTok Studio, YouTube Studio, X analytics) on the Upload data page.",
    ),
    "dash.empty.feedback": (
        "Belum ada data aspirasi. Unggah aspirasi (jenis: Aspirasi/feedback, mis. LAPOR!, "
        "Google Forms, komentar media sosial) di halaman Unggah data, atau catat FGD.",
        "No feedback data yet. Upload feedback (kind: Feedback, e.g. LAPOR!, Google Forms, "
        "social-media comments) on the Upload data page, or capture an FGD.",
    ),
    "dash.empty.campaigns": (
        "Belum ada konten yang terhubung ke kampanye pada periode ini. Isi kolom kampanye saat "
        "mengunggah konten, atau unggah daftar kampanye (jenis: Kampanye) di halaman Unggah data.",
        "No content linked to a campaign in this period. Fill the campaign column when uploading "
        "content, or upload a campaign list (kind: Campaigns) on the Upload data page.",
    ),
    "dash.kpi.reach": ("Jangkauan", "Reach"),
    "dash.kpi.reach.help": (
        "Jumlah jangkauan (akun unik yang melihat) dari semua konten pada periode ini, sesuai "
        "laporan tiap platform. Dijumlahkan per konten, jadi satu orang bisa terhitung lebih "
        "dari sekali.",
        "Sum of reach (unique accounts that saw it) of all content in the period, as reported by "
        "each platform. Summed per post, so one person can count more than once.",
    ),
    "dash.kpi.views": ("Tayangan", "Views"),
    "dash.kpi.views.help": (
        "Tayangan = impresi bila platform melaporkannya, selain itu jumlah putar video.",
        "Views = impressions where the platform reports them, otherwise video plays.",
    ),
    "dash.kpi.engagements": ("Interaksi", "Engagements"),
    "dash.kpi.engagements.help": (
        "Interaksi = suka + komentar + bagikan + simpan.",
        "Engagements = likes + comments + shares + saves.",
    ),
    "dash.kpi.er": ("Tingkat interaksi", "Engagement rate"),
    "dash.kpi.er.help": (
        "Tingkat interaksi = interaksi ÷ jangkauan, hanya dari konten yang melaporkan "
        "jangkauan. Perubahan dalam poin persentase.",
        "Engagement rate = engagements ÷ reach, over content that reports reach only. Change in "
        "percentage points.",
    ),
    "dash.kpi.posts": ("Konten", "Posts"),
    "dash.kpi.posts.help": (
        "Jumlah konten yang terbit pada periode ini.",
        "Number of posts published in the period.",
    ),
    "dash.kpi.active_accounts": ("Akun aktif", "Active accounts"),
    "dash.kpi.active_accounts.help": (
        "Akun (kreator ICN, OPD, media) yang menerbitkan minimal satu konten pada periode ini.",
        "Accounts (ICN creators, OPD, media) that published at least one post in the period.",
    ),
    "dash.kpi.feedback": ("Aspirasi", "Feedback"),
    "dash.kpi.feedback.help": (
        "Jumlah aspirasi, keluhan, komentar dan saran yang masuk pada periode ini (semua kanal "
        "yang dipilih).",
        "Number of aspirations, complaints, comments and suggestions received in the period "
        "(all selected channels).",
    ),
    "dash.kpi.positive": ("% positif", "% positive"),
    "dash.kpi.positive.help": (
        "Aspirasi bersentimen positif ÷ aspirasi yang sudah berlabel sentimen. Perubahan dalam "
        "poin persentase.",
        "Positive feedback ÷ feedback with a sentiment label. Change in percentage points.",
    ),
    "dash.kpi.negative": ("% negatif", "% negative"),
    "dash.kpi.negative.help": (
        "Aspirasi bersentimen negatif ÷ aspirasi yang sudah berlabel sentimen. Turun berarti "
        "membaik. Perubahan dalam poin persentase.",
        "Negative feedback ÷ feedback with a sentiment label. Falling means improving. Change in "
        "percentage points.",
    ),
    "dash.kpi.net": ("Sentimen bersih", "Net sentiment"),
    "dash.kpi.net.help": (
        "Sentimen bersih = (positif − negatif) ÷ total aspirasi berlabel × 100. Rentang −100 "
        "(semua negatif) sampai +100 (semua positif). Perubahan dalam poin.",
        "Net sentiment = (positive − negative) ÷ total labelled feedback × 100. Ranges from −100 "
        "(all negative) to +100 (all positive). Change in points.",
    ),
    "dash.kpi.exact": ("Nilai tepat: {value}", "Exact value: {value}"),
    "dash.change.title": ("Apa yang berubah", "What changed"),
    "dash.change.caption": (
        "Perubahan paling menonjol dibanding periode sebelumnya, per kab/kota dan topik, setelah "
        "memperhitungkan tren keseluruhan. Perubahan kecil dari angka kecil tidak ditampilkan.",
        "The most notable changes against the previous period, by regency/city and topic, after "
        "allowing for the overall trend. Small changes from small numbers are left out.",
    ),
    "dash.change.none": (
        "Tidak ada perubahan yang menonjol dibanding periode sebelumnya.",
        "No notable change against the previous period.",
    ),
    "dash.change.sentence": (
        "{subject}{where} {verb} {how} ({before} → {after})",
        "{subject}{where} {verb} {how} ({before} → {after})",
    ),
    "dash.change.in": (" di {place}", " in {place}"),
    "dash.change.up": ("naik", "rose"),
    "dash.change.down": ("turun", "fell"),
    "dash.change.from_zero": ("dari nol", "from zero"),
    "dash.change.against": (
        ", sementara total {noun} {verb} {how}",
        ", while total {noun} {verb} {how}",
    ),
    "dash.change.noun.complaints": ("keluhan", "complaints"),
    "dash.change.noun.feedback": ("aspirasi", "feedback"),
    "dash.change.noun.reach": ("jangkauan", "reach"),
    "dash.change.complaints": ("Keluhan", "Complaints"),
    "dash.change.complaints_topic": ("Keluhan topik {topic}", "Complaints about {topic}"),
    "dash.change.feedback": ("Aspirasi", "Feedback"),
    "dash.change.feedback_topic": ("Aspirasi topik {topic}", "Feedback about {topic}"),
    "dash.change.reach": ("Jangkauan konten", "Content reach"),
    "dash.map.title": ("Peta Banten", "Banten map"),
    "dash.map.open": ("Buka peta lengkap", "Open the full map"),
    "dash.map.metric": ("Ukuran peta", "Map measure"),
    "dash.map.click": (
        "Klik kab/kota untuk memfilter semua halaman.",
        "Click a regency/city to filter every page.",
    ),
    "dash.trend.title": (
        "Tren mingguan: jangkauan dan aspirasi",
        "Weekly trend: reach and feedback",
    ),
    "dash.trend.caption": (
        "Batang: jangkauan konten per pekan (sumbu kiri). Garis: jumlah aspirasi per pekan "
        "(sumbu kanan). Pekan dimulai hari Senin; batang pucat = pekan yang tidak penuh dalam "
        "periode.",
        "Bars: content reach per week (left axis). Line: feedback per week (right axis). Weeks "
        "start on Monday; pale bars = weeks only partly inside the period.",
    ),
    "dash.top_campaigns": ("Kampanye teratas", "Top campaigns"),
    "dash.top_campaigns.caption": (
        "Lima kampanye dengan jangkauan terbesar pada periode ini.",
        "The five campaigns with the largest reach in the period.",
    ),
    "dash.top_topics": ("Topik teratas", "Top topics"),
    "dash.top_topics.caption": (
        "Topik aspirasi terbanyak; bagian oranye = aspirasi bersentimen negatif (keluhan).",
        "Most frequent feedback topics; the orange part = negative feedback (complaints).",
    ),
    "dash.chart.reach": ("Jangkauan", "Reach"),
    "dash.chart.engagements": ("Interaksi", "Engagements"),
    "dash.chart.feedback": ("Aspirasi", "Feedback"),
    "dash.chart.posts": ("Konten", "Posts"),
    "dash.chart.negative": ("Negatif", "Negative"),
    "dash.chart.not_negative": (
        "Positif, netral, belum berlabel",
        "Positive, neutral, unlabelled",
    ),
    "dash.chart.all_channels": ("Semua kanal", "All channels"),
    "dash.chart.week_of": ("Pekan mulai {date}", "Week of {date}"),
    "dash.chart.partial_week": (
        "Pekan tidak penuh dalam periode",
        "Week only partly inside the period",
    ),
    "dash.chart.partial_short": ("Pekan tak penuh", "Partial week"),  # legend: fits a phone
    "dash.chart.share_of_week": ("Pangsa pekan", "Share of week"),
    "dash.sent.positif": ("Positif", "Positive"),
    "dash.sent.netral": ("Netral", "Neutral"),
    "dash.sent.negatif": ("Negatif", "Negative"),
    "dash.sent.none": ("Belum berlabel", "Not labelled"),
    "dash.status.baru": ("Baru", "New"),
    "dash.status.diverifikasi": ("Diverifikasi", "Verified"),
    "dash.status.diteruskan": ("Diteruskan ke OPD", "Forwarded to OPD"),
    "dash.status.ditindaklanjuti": ("Ditindaklanjuti", "Being acted on"),
    "dash.status.ditolak": ("Ditolak", "Rejected"),
    "dash.status.duplikat": ("Duplikat", "Duplicate"),
    "dash.status.diverifikasi.help": (
        "Aspirasi yang sudah diperiksa dan layak ditindaklanjuti.",
        "Feedback checked and fit to act on.",
    ),
    "dash.status.diteruskan.help": (
        "Aspirasi yang sudah diteruskan ke OPD yang bertanggung jawab.",
        "Feedback forwarded to the responsible OPD.",
    ),
    "dash.status.ditolak.help": (
        "Aspirasi yang ditolak, dengan alasannya.",
        "Feedback rejected, with its reason.",
    ),
    "dash.status.duplikat.help": (
        "Aspirasi yang sama dengan aspirasi lain; ditindaklanjuti bersama aslinya.",
        "Feedback that repeats another one; followed up with the original.",
    ),
    "dash.status.selesai": ("Selesai", "Done"),
    "dash.status.baru.help": ("Aspirasi yang belum ditindaklanjuti.", "Feedback not yet acted on."),
    "dash.status.ditindaklanjuti.help": (
        "Aspirasi yang sedang ditindaklanjuti oleh OPD.",
        "Feedback being acted on.",
    ),
    "dash.status.selesai.help": (
        "Aspirasi yang sudah selesai ditindaklanjuti.",
        "Feedback fully acted on.",
    ),
    "dash.j.over_time": (
        "Jangkauan dan interaksi dari waktu ke waktu",
        "Reach and engagement over time",
    ),
    "dash.j.by": ("Rincian per", "Break down by"),
    "dash.j.over_time.caption": (
        "Lima kampanye dengan jangkauan terbesar; kampanye lain digabung sebagai Lainnya. Konten "
        "tanpa kampanye tidak ditampilkan di sini (lihat rincian per platform).",
        "The five campaigns with the largest reach; other campaigns are combined as Other. "
        "Content without a campaign is not shown here (see the breakdown by platform).",
    ),
    "dash.j.by.campaign": ("Kampanye", "Campaign"),
    "dash.j.by.platform": ("Platform", "Platform"),
    "dash.j.measure": ("Ukuran", "Measure"),
    "dash.j.view": ("Tampilan", "View"),
    "dash.j.view.count": ("Jumlah", "Figures"),
    "dash.j.view.share": ("Pangsa (%)", "Share (%)"),
    "dash.j.view.log": ("Skala logaritmik", "Log scale"),
    "dash.j.view.share.caption": (
        "Pangsa = bagian tiap seri dari total pekan itu; angka sebenarnya tampil saat kursor "
        "diarahkan ke titik.",
        "Share = each series' part of that week's total; the actual figure shows on hover.",
    ),
    "dash.j.view.log.caption": (
        "Skala logaritmik: tiap garis bantu 10 kali lipat garis di bawahnya; pekan bernilai 0 "
        "tidak digambar.",
        "Log scale: each grid line is 10 times the one below; weeks with 0 are not drawn.",
    ),
    "dash.j.view.flattened": (
        "Satu pekan jauh lebih tinggi dari yang lain, sehingga tampilan dibuka sebagai pangsa "
        "(%) agar semua garis terbaca. Pilih Jumlah untuk angka sebenarnya.",
        "One week is far above the others, so the view opens as share (%) to keep every line "
        "readable. Choose Figures for the actual numbers.",
    ),
    "dash.j.campaigns": ("Perbandingan kampanye", "Campaign comparison"),
    "dash.j.campaigns.caption": (
        "Tingkat interaksi = interaksi ÷ jangkauan. Biaya = biaya konten/iklan yang dilaporkan "
        "pada periode ini; biaya per interaksi hanya dihitung dari konten yang mencantumkan "
        "biaya. Anggaran = anggaran kampanye seluruhnya dari daftar kampanye.",
        "Engagement rate = engagements ÷ reach. Cost = content/ad cost reported in this period; "
        "cost per engagement uses only content that states a cost. Budget = the whole campaign "
        "budget from the campaign list.",
    ),
    "dash.j.creators": ("Papan peringkat kreator dan akun", "Creator and account leaderboard"),
    "dash.j.min_posts": ("Minimal jumlah konten", "Minimum number of posts"),
    "dash.j.min_posts.caption": (
        "Hanya akun dengan minimal {n} konten pada periode ini yang diperingkat, agar satu "
        "konten viral tidak menentukan peringkat. Menampilkan {shown} dari {eligible} akun yang "
        "memenuhi syarat, urut jangkauan.",
        "Only accounts with at least {n} posts in the period are ranked, so that one viral post "
        "does not decide the ranking. Showing {shown} of {eligible} eligible accounts, by reach.",
    ),
    "dash.j.icn_only": ("Hanya anggota ICN", "ICN members only"),
    "dash.j.no_creators": (
        "Tidak ada akun dengan minimal {n} konten pada periode ini. Turunkan batas minimal atau "
        "perluas periode.",
        "No account has at least {n} posts in this period. Lower the minimum or widen the period.",
    ),
    "dash.j.mix": ("Bauran platform", "Platform mix"),
    "dash.j.content": ("Konten dengan jangkauan terbesar", "Content with the largest reach"),
    "dash.j.content.caption": (
        "100 konten teratas; klik Buka untuk melihat konten aslinya.",
        "Top 100 posts; click Open to see the original post.",
    ),
    "dash.a.volume": ("Volume aspirasi per pekan", "Feedback volume per week"),
    "dash.a.by": ("Rincian per", "Break down by"),
    "dash.a.by.channel": ("Kanal", "Channel"),
    "dash.a.by.topic": ("Topik", "Topic"),
    "dash.a.sentiment": ("Sebaran sentimen", "Sentiment split"),
    "dash.a.heatmap": ("Aspirasi per kab/kota dan topik", "Feedback by regency/city and topic"),
    "dash.a.heatmap.table": ("Lihat sebagai tabel", "Show as a table"),
    "dash.a.table": ("Daftar aspirasi dan tindak lanjut", "Feedback list and follow-up"),
    "dash.a.table.caption": (
        "Batas waktu tindak lanjut dalam hari kerja sejak diterima (Senin–Jumat, tanpa libur "
        "nasional dan cuti bersama), seperti SP4N-LAPOR!: diteruskan ke OPD dalam {forward}, "
        "ditindaklanjuti dalam {act}, selesai dalam {close} hari kerja. Umur = hari kalender sejak "
        "diterima (untuk yang ditutup: sampai ditutup).",
        "Follow-up deadlines in working days after receipt (Monday–Friday, without national "
        "holidays and cuti bersama), as in SP4N-LAPOR!: forwarded to an OPD within {forward}, "
        "acted on within {act}, closed within {close} working days. Age = calendar days since "
        "received (for closed ones: until closed).",
    ),
    "dash.a.overdue_only": ("Hanya terlambat", "Overdue only"),
    "dash.a.overdue": ("Terlambat", "Overdue"),
    "dash.a.overdue.help": (
        "Aspirasi terbuka yang melewati batas hari kerja tahapnya: diteruskan ≤ 3, "
        "ditindaklanjuti ≤ 5, selesai ≤ 10 hari kerja sejak diterima (bawaan; diatur admin).",
        "Open feedback past the working-day deadline of its stage: forwarded ≤ 3, acted on ≤ 5, "
        "closed ≤ 10 working days after receipt (defaults; set by an admin).",
    ),
    "dash.a.median_age": ("Median umur", "Median age"),
    "dash.a.median_age.help": (
        "Median jumlah hari sejak diterima, untuk aspirasi yang belum selesai.",
        "Median number of days since received, for feedback not yet done.",
    ),
    "dash.a.rows": (
        "{total} aspirasi cocok; {n} yang terbaru ditampilkan (paling banyak 500).",
        "{total} feedback rows match; the {n} most recent are shown (at most 500).",
    ),
    "dash.overdue_flag": ("⚠ Terlambat", "⚠ Overdue"),
    "dash.fix.staff_only": (
        "Koreksi label sentimen, topik dan status hanya untuk staf.",
        "Only staff can correct sentiment, topic and status labels.",
    ),
    "dash.fix.pick": (
        "Pilih satu baris pada tabel (kotak di kiri baris) untuk mengoreksi sentimen, topik atau "
        "statusnya.",
        "Select one row in the table (box at the left of the row) to correct its sentiment, topic "
        "or status.",
    ),
    "dash.fix.title": ("Koreksi label aspirasi", "Correct the feedback labels"),
    "dash.fix.save": ("Simpan koreksi", "Save correction"),
    "dash.fix.saved": ("Koreksi tersimpan: {fields}.", "Correction saved: {fields}."),
    "dash.fix.unchanged": ("Tidak ada yang berubah.", "Nothing changed."),
    "dash.fix.history": (
        "Riwayat koreksi (koreksi terbaru yang berlaku)",
        "Correction history (the latest correction applies)",
    ),
    "dash.col.campaign": ("Kampanye", "Campaign"),
    "dash.col.opd": ("OPD", "Agency (OPD)"),
    "dash.col.posts": ("Konten", "Posts"),
    "dash.col.reach": ("Jangkauan", "Reach"),
    "dash.col.engagements": ("Interaksi", "Engagements"),
    "dash.col.er": ("Tingkat interaksi", "Engagement rate"),
    "dash.col.cost": ("Biaya", "Cost"),
    "dash.col.cpe": ("Biaya/interaksi", "Cost/engagement"),
    "dash.col.budget": ("Anggaran", "Budget"),
    "dash.col.dates": ("Masa kampanye", "Campaign dates"),
    "dash.col.account": ("Akun", "Account"),
    "dash.col.platform": ("Platform", "Platform"),
    "dash.col.icn": ("Anggota ICN", "ICN member"),
    "dash.col.kabkota": ("Kab/Kota", "Regency/City"),
    "dash.col.followers": ("Pengikut", "Followers"),
    "dash.col.account_type": ("Jenis akun", "Account type"),
    "dash.account_type.opd": ("OPD", "Agency (OPD)"),
    "dash.account_type.icn": ("Kreator ICN", "ICN creator"),
    "dash.account_type.media": ("Media", "Media"),
    "dash.account_type.lainnya": ("Lainnya", "Other"),
    "dash.col.date": ("Tanggal", "Date"),
    "dash.col.title": ("Judul", "Title"),
    "dash.col.link": ("Tautan", "Link"),
    "dash.col.open": ("Buka", "Open"),
    "dash.col.channel": ("Kanal", "Channel"),
    "dash.col.topic": ("Topik", "Topic"),
    "dash.col.sentiment": ("Sentimen", "Sentiment"),
    "dash.col.status": ("Status", "Status"),
    "dash.col.age": ("Umur (hari)", "Age (days)"),
    "dash.col.overdue": ("Terlambat", "Overdue"),
    "dash.col.text": ("Isi aspirasi", "Feedback text"),
    "dash.col.author": ("Pengirim", "Author"),
    "dash.col.when": ("Waktu", "When"),
    "dash.col.who": ("Oleh", "By"),
    "dash.col.field": ("Label", "Label"),
    "dash.col.old": ("Sebelumnya", "Before"),
    "dash.col.new": ("Menjadi", "After"),
    # --- map (issue 3) -----------------------------------------------------------------------
    "map.caption": (
        "Klik kabupaten/kota di peta (atau pilih di bawah) untuk memfilter semua halaman dan membuka profilnya.",
        "Click a regency/city on the map (or pick it below) to filter every page and open its profile.",
    ),
    "map.metric": ("Ukuran yang dipetakan", "Mapped measure"),
    "map.metric.reach": ("Jangkauan", "Reach"),
    "map.metric.reach.help": (
        "Jumlah jangkauan (reach) unggahan yang ditujukan ke kabupaten/kota ini dalam periode terpilih, sebagaimana dilaporkan platform.",
        "Sum of the reach reported by the platforms for posts aimed at this regency/city in the chosen period.",
    ),
    "map.metric.reach_per_1000": ("Jangkauan per 1.000 penduduk", "Reach per 1,000 residents"),
    "map.metric.reach_per_1000.help": (
        "Jangkauan ÷ jumlah penduduk × 1.000. Jumlah penduduk dari tabel referensi wilayah (halaman Data referensi). Jangkauan bisa menghitung orang yang sama lebih dari sekali.",
        "Reach ÷ population × 1,000. Population from the regions reference table (Reference data page). Reach may count the same person more than once.",
    ),
    "map.metric.engagements": ("Interaksi", "Engagements"),
    "map.metric.engagements.help": (
        "Suka + komentar + bagikan + simpan pada unggahan untuk kabupaten/kota ini.",
        "Likes + comments + shares + saves on posts for this regency/city.",
    ),
    "map.metric.feedback": ("Jumlah aspirasi", "Feedback count"),
    "map.metric.feedback.help": (
        "Jumlah aspirasi, komentar dan pengaduan yang tercatat untuk kabupaten/kota ini.",
        "Number of aspirations, comments and complaints recorded for this regency/city.",
    ),
    "map.metric.feedback_per_100k": (
        "Aspirasi per 100.000 penduduk",
        "Feedback per 100,000 residents",
    ),
    "map.metric.feedback_per_100k.help": (
        "Jumlah aspirasi ÷ jumlah penduduk × 100.000. Jumlah penduduk dari tabel referensi wilayah.",
        "Feedback count ÷ population × 100,000. Population from the regions reference table.",
    ),
    "map.metric.net_sentiment": ("Sentimen bersih", "Net sentiment"),
    "map.metric.net_sentiment.help": (
        "(positif − negatif) ÷ aspirasi berlabel × 100, dari −100 sampai +100. Merah = lebih banyak negatif, biru = lebih banyak positif; abu-abu = belum ada aspirasi berlabel.",
        "(positive − negative) ÷ labelled feedback × 100, from −100 to +100. Red = more negative, blue = more positive; grey = no labelled feedback yet.",
    ),
    "map.no_value": ("belum ada data", "no data yet"),
    "map.no_value_legend": (
        "Abu-abu: belum ada data untuk kabupaten/kota itu.",
        "Grey: no data for that regency/city yet.",
    ),
    "map.chart_title": ("Peta {metric}", "Map of {metric}"),
    "map.ranking": ("Peringkat kabupaten/kota", "Regencies/cities ranked"),
    "map.table": ("Tabel angka per kabupaten/kota", "Figures per regency/city"),
    "map.col.kabkota": ("Kabupaten/Kota", "Regency/City"),
    "map.col.population": ("Penduduk", "Population"),
    "map.col.value": ("Nilai", "Value"),
    "map.attribution_missing": (
        "Sumber batas wilayah untuk berkas {path} tidak tercatat (tidak ada SOURCE.md atau ATTRIBUTION.txt di foldernya).",
        "The boundary source for {path} is not recorded (no SOURCE.md or ATTRIBUTION.txt in its folder).",
    ),
    "map.boundary_note": (
        "Batas indikatif untuk visualisasi, bukan penegasan batas resmi.",
        "Indicative boundaries for visualisation, not legally definitive.",
    ),
    "map.unavailable": (
        "Peta tidak dapat ditampilkan. Peringkat dan tabel di bawah tetap memakai data yang sama.",
        "The map cannot be shown. The ranking and table below use the same data.",
    ),
    "map.admin_pointer": (
        "Admin dapat mengunggah berkas batas wilayah yang benar di halaman Data referensi.",
        "An admin can upload a correct boundary file on the Reference data page.",
    ),
    "map.ask_admin": (
        "Mintalah admin mengunggah berkas batas wilayah di halaman Data referensi.",
        "Ask an admin to upload the boundary file on the Reference data page.",
    ),
    "map.empty": (
        "Belum ada unggahan atau aspirasi per kabupaten/kota pada periode ini. Unggah data di halaman Unggah data, atau pilih periode lain di filter.",
        "No posts or feedback per regency/city in this period yet. Upload data on the Upload data page, or choose another period in the filters.",
    ),
    "map.unmapped": (
        "Tidak tampil di peta: {posts} unggahan untuk seluruh Banten (jangkauan {reach}) dan {feedback} aspirasi tanpa kabupaten/kota yang diketahui.",
        "Not on the map: {posts} province-wide posts (reach {reach}) and {feedback} feedback items without a known regency/city.",
    ),
    "map.filtered_note": (
        "Peta selalu menampilkan 8 kabupaten/kota; yang dipilih di filter diberi garis tebal.",
        "The map always shows all 8 regencies/cities; those chosen in the filter have a thick outline.",
    ),
    "map.pick": ("Pilih kabupaten/kota", "Choose a regency/city"),
    "map.pick_none": ("— Seluruh Banten —", "— All of Banten —"),
    "map.profile": ("Profil {name}", "Profile of {name}"),
    "map.profile_hint": (
        "Klik kabupaten/kota di peta atau pilih di atas untuk melihat profilnya.",
        "Click a regency/city on the map or choose it above to see its profile.",
    ),
    "map.profile_empty": (
        "Belum ada unggahan atau aspirasi untuk {name} pada periode ini.",
        "No posts or feedback for {name} in this period yet.",
    ),
    "map.clear": ("Tampilkan seluruh Banten", "Show all of Banten"),
    "map.kpi.posts": ("Unggahan", "Posts"),
    "map.kpi.posts.help": (
        "Jumlah unggahan untuk kabupaten/kota ini dalam periode.",
        "Number of posts for this regency/city in the period.",
    ),
    "map.kpi.accounts": ("Akun aktif", "Active accounts"),
    "map.kpi.accounts.help": (
        "Jumlah akun (per platform) yang mengunggah konten untuk kabupaten/kota ini.",
        "Number of accounts (per platform) that posted for this regency/city.",
    ),
    "map.kpi.share_neg": ("% negatif", "% negative"),
    "map.kpi.share_neg.help": (
        "Aspirasi bersentimen negatif ÷ aspirasi berlabel.",
        "Negative feedback ÷ labelled feedback.",
    ),
    "map.topics": ("Topik teratas", "Top topics"),
    "map.creators": ("Kreator/akun teratas", "Top creators/accounts"),
    "map.recent": ("Aspirasi terbaru", "Recent feedback"),
    "map.none_yet": ("Belum ada.", "None yet."),
    "map.col.topic": ("Topik", "Topic"),
    "map.col.feedback": ("Aspirasi", "Feedback"),
    "map.col.positif": ("Positif", "Positive"),
    "map.col.negatif": ("Negatif", "Negative"),
    "map.col.platform": ("Platform", "Platform"),
    "map.col.account": ("Akun", "Account"),
    "map.col.name": ("Nama", "Name"),
    "map.col.icn": ("ICN", "ICN"),
    "map.col.posts": ("Unggahan", "Posts"),
    "map.col.reach": ("Jangkauan", "Reach"),
    "map.col.engagements": ("Interaksi", "Engagements"),
    "map.col.received": ("Diterima", "Received"),
    "map.col.channel": ("Kanal", "Channel"),
    "map.col.sentiment": ("Sentimen", "Sentiment"),
    "map.col.status": ("Status", "Status"),
    "map.col.text": ("Isi", "Text"),
    "map.topic_unlabelled": ("(belum berlabel)", "(not labelled)"),
    "map.upload_name": ("berkas unggahan", "uploaded file"),
    "map.err.not_found": (
        "Berkas batas wilayah tidak ditemukan. Dicari di: {searched}.",
        "Boundary file not found. Looked in: {searched}.",
    ),
    "map.err.env_missing": (
        "Berkas batas wilayah {path} (dari variabel {var}) tidak ada.",
        "Boundary file {path} (from the {var} variable) does not exist.",
    ),
    "map.err.not_a_file": (
        "{path} bukan berkas (mungkin folder).",
        "{path} is not a file (perhaps a folder).",
    ),
    "map.err.unreadable": (
        "Berkas batas wilayah {path} tidak dapat dibaca: {detail}.",
        "Boundary file {path} cannot be read: {detail}.",
    ),
    "map.err.too_large": (
        "Berkas batas wilayah {path} terlalu besar ({mb} MB; paling besar 20 MB).",
        "Boundary file {path} is too large ({mb} MB; at most 20 MB).",
    ),
    "map.err.not_json": (
        "Berkas batas wilayah {path} bukan JSON yang sah: {detail}.",
        "Boundary file {path} is not valid JSON: {detail}.",
    ),
    "map.err.not_collection": (
        'Berkas batas wilayah {path} bukan GeoJSON FeatureCollection (harus berisi "type": "FeatureCollection" dan daftar "features").',
        'Boundary file {path} is not a GeoJSON FeatureCollection (needs "type": "FeatureCollection" and a "features" list).',
    ),
    "map.err.count": (
        "Berkas batas wilayah {path} berisi {n} fitur; seharusnya {expected} (satu per kabupaten/kota Banten).",
        "Boundary file {path} has {n} features; it should have {expected} (one per regency/city of Banten).",
    ),
    "map.err.properties": (
        "Berkas batas wilayah {path}: fitur ke-{i} tidak punya properti {missing} (wajib: kode, nama, jenis).",
        "Boundary file {path}: feature {i} lacks the property {missing} (required: kode, nama, jenis).",
    ),
    "map.err.unknown_kode": (
        "Berkas batas wilayah {path}: fitur ke-{i} berkode {kode}, bukan kode kabupaten/kota Banten (3601–3604, 3671–3674).",
        "Boundary file {path}: feature {i} has code {kode}, not a Banten regency/city code (3601–3604, 3671–3674).",
    ),
    "map.err.duplicate_kode": (
        "Berkas batas wilayah {path}: kode {kode} muncul lebih dari sekali.",
        "Boundary file {path}: code {kode} appears more than once.",
    ),
    "map.err.jenis": (
        'Berkas batas wilayah {path}: kode {kode} berjenis "{jenis}", seharusnya "{expected}".',
        'Boundary file {path}: code {kode} has jenis "{jenis}", expected "{expected}".',
    ),
    "map.err.geometry_type": (
        "Berkas batas wilayah {path}: geometri kode {kode} bertipe {type}; harus Polygon atau MultiPolygon.",
        "Boundary file {path}: the geometry of code {kode} is {type}; it must be Polygon or MultiPolygon.",
    ),
    "map.err.geometry_bad": (
        "Berkas batas wilayah {path}: geometri kode {kode} tidak terbaca ({detail}).",
        "Boundary file {path}: the geometry of code {kode} cannot be read ({detail}).",
    ),
    "map.err.geometry_invalid": (
        "Berkas batas wilayah {path}: geometri kode {kode} tidak sah ({detail}).",
        "Boundary file {path}: the geometry of code {kode} is invalid ({detail}).",
    ),
    "map.err.outside": (
        "Berkas batas wilayah {path}: geometri kode {kode} berada di luar Banten (apakah bujur/lintang tertukar, atau bukan WGS 84?).",
        "Boundary file {path}: the geometry of code {kode} lies outside Banten (longitude/latitude swapped, or not WGS 84?).",
    ),
    "map.err.attribution_missing": (
        "Tuliskan sumber batas wilayah (atribusi) sebelum menyimpan.",
        "Write the boundary source (attribution) before saving.",
    ),
    "map.err.attribution_long": (
        "Atribusi terlalu panjang (paling banyak 1.000 karakter).",
        "Attribution too long (at most 1,000 characters).",
    ),
    "ref.caption": (
        "Data referensi kabupaten/kota (penduduk, luas) dan berkas batas wilayah untuk peta. Hanya admin.",
        "Regency/city reference data (population, area) and the boundary file for the map. Admins only.",
    ),
    "ref.forbidden": (
        "Halaman ini hanya untuk admin.",
        "This page is for admins only.",
    ),
    "ref.regions": ("Penduduk dan luas wilayah", "Population and area"),
    "ref.regions_help": (
        "Angka ini dipakai untuk ukuran per penduduk di peta. Ubah sel lalu tekan Simpan; setiap perubahan dicatat dengan nama dan waktu di jejak audit.",
        "These figures feed the per-resident measures on the map. Edit cells, then press Save; every change is recorded with name and time in the audit trail.",
    ),
    "ref.col.kode": ("Kode", "Code"),
    "ref.col.nama": ("Nama", "Name"),
    "ref.col.population": ("Penduduk", "Population"),
    "ref.col.population_source": ("Sumber penduduk", "Population source"),
    "ref.col.population_year": ("Tahun data penduduk", "Population year"),
    "ref.col.area_km2": ("Luas (km²)", "Area (km²)"),
    "ref.col.area_help": (
        "Ditampilkan dibulatkan ke km² terdekat; nilai yang tersimpan tidak diubah.",
        "Shown rounded to the nearest km²; the stored value is not changed.",
    ),
    "ref.col.area_source": ("Sumber luas", "Area source"),
    "ref.col.updated_by": ("Diubah oleh", "Changed by"),
    "ref.col.updated_at": ("Diubah pada", "Changed at"),
    "ref.save": ("Simpan perubahan", "Save changes"),
    "ref.saved": ("{n} kabupaten/kota diperbarui.", "{n} regencies/cities updated."),
    "ref.nothing": ("Tidak ada perubahan untuk disimpan.", "No changes to save."),
    "ref.err.population": (
        "{name}: jumlah penduduk harus bilangan bulat lebih dari 0.",
        "{name}: population must be a whole number above 0.",
    ),
    "ref.err.year": (
        "{name}: tahun data penduduk harus antara 1961 dan {max}.",
        "{name}: population year must be between 1961 and {max}.",
    ),
    "ref.err.area": (
        "{name}: luas harus lebih dari 0 km².",
        "{name}: area must be above 0 km².",
    ),
    "ref.err.source": (
        "{name}: sumber data penduduk wajib diisi saat jumlah penduduk diubah.",
        "{name}: the population source is required when the population changes.",
    ),
    "ref.err.unknown": (
        "Kode {kode} tidak ada di tabel wilayah.",
        "Code {kode} is not in the regions table.",
    ),
    "ref.boundary": ("Berkas batas wilayah (peta)", "Boundary file (map)"),
    "ref.boundary_in_use": ("Berkas yang dipakai: {path}", "File in use: {path}"),
    "ref.boundary_origin.env": ("dari variabel {var}", "from the {var} variable"),
    "ref.boundary_origin.data": ("unggahan admin", "admin upload"),
    "ref.boundary_origin.shared": ("berkas bersama", "shared file"),
    "ref.boundary_facts": (
        "{n} kabupaten/kota · {kb} KB · SHA-256 {sha}",
        "{n} regencies/cities · {kb} KB · SHA-256 {sha}",
    ),
    "ref.boundary_ok": (
        "Berkas sah dan dipakai oleh peta.",
        "The file is valid and used by the map.",
    ),
    "ref.boundary_env_note": (
        "Variabel {var} sedang diatur, jadi peta memakai berkas itu. Unggahan di sini disimpan ke {target} dan baru dipakai bila variabel itu dihapus.",
        "The {var} variable is set, so the map uses that file. An upload here is saved to {target} and used only once that variable is removed.",
    ),
    "ref.upload": ("Unggah berkas batas wilayah baru", "Upload a new boundary file"),
    "ref.upload_help": (
        "GeoJSON FeatureCollection (WGS 84, bujur/lintang) berisi tepat 8 fitur dengan properti kode, nama, jenis. Berkas diperiksa dulu; berkas yang sekarang hanya diganti bila pemeriksaan lolos.",
        "GeoJSON FeatureCollection (WGS 84, lon/lat) with exactly 8 features and properties kode, nama, jenis. The file is checked first; the current file is replaced only if the check passes.",
    ),
    "ref.upload_file": ("Berkas GeoJSON", "GeoJSON file"),
    "ref.upload_attribution": (
        "Sumber/atribusi (ditampilkan di bawah peta)",
        "Source/attribution (shown under the map)",
    ),
    "ref.upload_save": ("Periksa dan simpan", "Check and save"),
    "ref.upload_saved": (
        "Berkas batas wilayah disimpan ke {path} (SHA-256 {sha}).",
        "Boundary file saved to {path} (SHA-256 {sha}).",
    ),
    "ref.upload_refused": ("Berkas ditolak: {message}", "File refused: {message}"),
    "ref.upload_choose": ("Pilih berkas GeoJSON dulu.", "Choose a GeoJSON file first."),
    # --- sentiment (issue 3) -----------------------------------------------------------------
    # --- kepuasan / IKM (issue 4) ------------------------------------------------------------
    "ikm.col.sample": ("Sampel", "Sample"),
    "ikm.sample_flag.ok": ("✓ cukup", "✓ enough"),
    "ikm.sample_flag.short": ("⚠ kurang (perlu {n})", "⚠ too few (needs {n})"),
    "ikm.sample_short_word": ("sampel kurang", "small sample"),
    "ikm.short_caption": (
        "Batang pucat berarsir dan tanda ⚠ = sampel kurang: responden di bawah sampel minimal"
        " Krejcie & Morgan bila jumlah pengguna layanan (N) diketahui, atau di bawah {min}"
        " responden bila N tidak diketahui (aturan umum agar rata-rata stabil; Krejcie & Morgan"
        " pun meminta 28 dari 30 pengguna). Dengan sedikit responden, satu-dua jawaban sudah"
        " menggeser IKM beberapa poin dan bisa mengubah huruf mutu: jangan dijadikan pegangan.",
        "Pale hatched bars and ⚠ = sample too small: fewer respondents than the Krejcie & Morgan"
        " minimum when the number of service users (N) is known, or fewer than {min} when N is"
        " unknown (the usual rule of thumb for a stable mean; Krejcie & Morgan ask for 28 of"
        " only 30 users). With few respondents one or two answers move the IKM by several points"
        " and can change the grade letter: do not rely on it.",
    ),
    "ikm.kind.skm": ("SKM: jawaban responden", "SKM: respondent answers"),
    "ikm.kind.skm_recap": ("SKM: rekap NRR per unsur", "SKM: recap of NRR per unsur"),
    "ikm.err.answer": (
        "Baris {row}, kolom '{column}': jawaban '{value}' bukan skor 1–4 atau label jawaban SKM"
        " yang dikenal. Perbaiki menjadi angka 1–4 atau label seperti 'Sangat sesuai', 'Mudah',"
        " 'Cepat', 'Gratis', 'Kompeten', 'Sopan dan ramah', 'Dikelola dengan baik', 'Baik'.",
        "Row {row}, column '{column}': answer '{value}' is not a score 1–4 or a known SKM answer"
        " label. Change it to a number 1–4 or a label such as 'Sangat sesuai', 'Mudah', 'Cepat',"
        " 'Gratis', 'Kompeten', 'Sopan dan ramah', 'Dikelola dengan baik', 'Baik'.",
    ),
    "ikm.err.nrr": (
        "Baris {row}, kolom '{column}': '{value}' bukan angka NRR. Tulis NRR sebagai angka,"
        " mis. 3,25.",
        "Row {row}, column '{column}': '{value}' is not an NRR number. Write the NRR as a number,"
        " e.g. 3,25.",
    ),
    "ikm.err.nrr_range": (
        "Baris {row}, kolom '{column}': NRR '{value}' harus antara 1 dan 4. Bila berkas berisi NRR"
        " tertimbang (NRR × bobot, mis. 0,39), isi nilai tetap 'Bobot' untuk seluruh berkas"
        " (mis. 0,111; CLI: --set weight=0,111). Bila kolom berisi IKM (25–100), petakan ke 'IKM'.",
        "Row {row}, column '{column}': NRR '{value}' must lie between 1 and 4. If the file holds"
        " weighted NRR (NRR × weight, e.g. 0.39), set the constant 'Weight' for the whole file"
        " (e.g. 0,111; CLI: --set weight=0,111). If the column holds the IKM (25–100), map it to"
        " 'IKM'.",
    ),
    "ikm.err.period": (
        "Baris {row}, kolom '{column}': periode '{value}' tidak dikenali. Tulis mis. 'Semester I"
        " 2024', '2024-S2', 'Triwulan III 2024', 'Tahun 2024' atau 'Juli 2024', atau isi kolom"
        " tanggal mulai dan tanggal selesai.",
        "Row {row}, column '{column}': period '{value}' is not recognised. Write e.g. 'Semester I"
        " 2024', '2024-S2', 'Triwulan III 2024', 'Tahun 2024' or 'Juli 2024', or fill in start"
        " and end date columns.",
    ),
    "ingest.field.gender": ("Jenis kelamin", "Gender"),
    "ingest.field.age": ("Umur", "Age"),
    "ingest.field.education": ("Pendidikan", "Education"),
    "ingest.field.occupation": ("Pekerjaan", "Occupation"),
    "ingest.field.suggestion": ("Saran dan masukan", "Suggestions"),
    "ingest.field.response_id": ("ID responden", "Respondent ID"),
    "ingest.field.service_users": ("Jumlah pengguna layanan", "Number of service users"),
    "ingest.field.period": ("Periode", "Period"),
    "ingest.field.period_start": ("Tanggal mulai", "Start date"),
    "ingest.field.period_end": ("Tanggal selesai", "End date"),
    "ingest.field.respondents": ("Jumlah responden", "Respondents"),
    "ingest.field.ikm": ("IKM", "IKM"),
    "ingest.field.weight": ("Bobot", "Weight"),
    "ingest.field.submitted_at": ("Tanggal pengisian", "Submitted at"),
    "ingest.field.unit": ("Unit layanan", "Service unit"),
    "ingest.field.U1": ("U1 Persyaratan", "U1 Requirements"),
    "ingest.field.U2": (
        "U2 Sistem, mekanisme, dan prosedur",
        "U2 Systems, mechanisms and procedures",
    ),
    "ingest.field.U3": ("U3 Waktu penyelesaian", "U3 Completion time"),
    "ingest.field.U4": ("U4 Biaya/tarif", "U4 Cost/fee"),
    "ingest.field.U5": (
        "U5 Produk spesifikasi jenis pelayanan",
        "U5 Service product specification",
    ),
    "ingest.field.U6": ("U6 Kompetensi pelaksana", "U6 Staff competence"),
    "ingest.field.U7": ("U7 Perilaku pelaksana", "U7 Staff conduct"),
    "ingest.field.U8": (
        "U8 Penanganan pengaduan, saran dan masukan",
        "U8 Handling of complaints and suggestions",
    ),
    "ingest.field.U9": ("U9 Sarana dan prasarana", "U9 Facilities and infrastructure"),
    "ikm.err.no_answers": (
        "Baris {row}: tidak berisi jawaban untuk unsur mana pun (kolom '{column}' dan kolom unsur"
        " lain kosong). Isi jawaban 1–4 atau hapus baris ini.",
        "Row {row}: no answer for any unsur (column '{column}' and the other unsur columns are"
        " empty). Fill in answers 1–4 or remove the row.",
    ),
    "ikm.semester_label": ("Semester {n} {year}", "Semester {n} {year}"),
    "ikm.by.unit": ("Unit layanan", "Service unit"),
    "ikm.by.kabkota": ("Kab/Kota", "Regency/City"),
    "ikm.by.semester": ("Semester", "Semester"),
    "ikm.by.year": ("Tahun", "Year"),
    "ikm.by.all": ("Wilayah", "Area"),
    "ikm.col.respondents": ("Responden", "Respondents"),
    "ikm.col.mutu": ("Mutu", "Grade"),
    "ikm.col.kinerja": ("Kinerja", "Performance"),
    "ikm.col.weakest": ("Unsur terlemah", "Weakest unsur"),
    "ikm.col.unsur": ("Unsur", "Unsur"),
    "ikm.col.unsur_name": ("Nama unsur", "Unsur name"),
    "ikm.col.nrr": ("NRR", "NRR"),
    "ikm.col.weighted": ("NRR tertimbang", "Weighted NRR"),
    "ikm.col.answers": ("Jawaban", "Answers"),
    "ikm.col.period": ("Periode", "Period"),
    "ikm.col.service_users": ("Pengguna layanan (N)", "Service users (N)"),
    "ikm.col.needed": ("Sampel minimal", "Minimum sample"),
    "ikm.col.adequate": ("Kecukupan sampel", "Sample adequacy"),
    "ikm.col.source": ("Sumber data", "Data source"),
    "ikm.source.responden": ("jawaban responden", "respondent answers"),
    "ikm.source.rekap": ("rekap", "recap"),
    "ikm.adequate.yes": ("✓ Cukup", "✓ Enough"),
    "ikm.adequate.no": ("✗ Kurang", "✗ Too few"),
    "ikm.adequate.unknown": ("— N tidak diketahui", "— N unknown"),
    "ikm.weakest_short": ("terlemah", "weakest"),
    "ikm.cli.file_or_db": (
        "berikan satu berkas SKM (FILE) atau --from-db, tidak keduanya.",
        "give one SKM file (FILE) or --from-db, not both.",
    ),
    "ikm.cli.bad_date": (
        "tanggal {flag} '{value}' tidak terbaca; tulis YYYY-MM-DD, mis. 2024-07-01.",
        "date {flag} '{value}' is not readable; write YYYY-MM-DD, e.g. 2024-07-01.",
    ),
    "ikm.cli.no_data": (
        "Tidak ada data SKM untuk dihitung pada rentang dan kab/kota ini.",
        "No SKM data to compute for this range and regency/city.",
    ),
    "ikm.cli.weight": ("Bobot per unsur: {weight}", "Weight per unsur: {weight}"),
    "ikm.cli.no_file": (
        "berkas '{path}' tidak ditemukan; periksa nama dan foldernya.",
        "file '{path}' not found; check its name and folder.",
    ),
    "ikm.caption": (
        "Indeks Kepuasan Masyarakat dari Survei Kepuasan Masyarakat (SKM), dihitung sesuai"
        " PermenPANRB No. 14 Tahun 2017.",
        "Community Satisfaction Index from the Community Satisfaction Survey (SKM), computed as"
        " PermenPANRB No. 14/2017 prescribes.",
    ),
    "ikm.empty": (
        "Belum ada data SKM. Unggah hasil survei lewat menu Unggah data → jenis"
        " 'SKM: jawaban responden' (ekspor Google Forms atau lembar kerja, jawaban 1–4 atau label"
        " seperti 'Sangat sesuai'), atau 'SKM: rekap NRR per unsur' bila hanya ada rekap."
        " Templat tersedia di bawah ini.",
        "No SKM data yet. Upload survey results via Upload data → kind 'SKM: respondent"
        " answers' (a Google Forms export or a sheet, answers 1–4 or labels such as 'Sangat"
        " sesuai'), or 'SKM: recap of NRR per unsur' when only a recap exists. Templates are"
        " below.",
    ),
    "ikm.empty_filter": (
        "Tidak ada data SKM pada periode dan kab/kota yang dipilih. Pilih periode lain di"
        " sidebar (mis. 'Semua data').",
        "No SKM data in the chosen period and regency/city. Choose another period in the"
        " sidebar (e.g. 'All data').",
    ),
    "ikm.template_skm": ("Templat SKM jawaban responden", "SKM respondent template"),
    "ikm.template_recap": ("Templat SKM rekap NRR", "SKM recap template"),
    "ikm.rounded_toggle": ("Pakai bobot dibulatkan (0,111)", "Use the rounded weight (0.111)"),
    "ikm.rounded_help": (
        "Bawaan: bobot tepat 1/n (PermenPANRB 14/2017). Sebagian laporan mengalikan dengan bobot"
        " yang dibulatkan, sehingga IKM maksimum menjadi 99,90 (0,111) atau 99,00 (0,11). Aktifkan"
        " hanya untuk mencocokkan angka dengan laporan seperti itu.",
        "Default: the exact weight 1/n (PermenPANRB 14/2017). Some reports multiply by a rounded"
        " weight, which caps the index at 99.90 (0.111) or 99.00 (0.11). Turn on only to"
        " reconcile figures with such reports.",
    ),
    "ikm.rounded_digits": ("Pembulatan bobot", "Weight rounding"),
    "ikm.rounded_active": (
        "Memakai bobot dibulatkan {weight}: angka dapat sedikit lebih rendah daripada bobot tepat.",
        "Using the rounded weight {weight}: figures may be slightly lower than with the exact"
        " weight.",
    ),
    "ikm.kpi.ikm": ("IKM", "IKM"),
    "ikm.kpi.respondents": ("Responden", "Respondents"),
    "ikm.kpi.units": ("Unit layanan", "Service units"),
    "ikm.kpi.weakest": ("Unsur terlemah", "Weakest unsur"),
    "ikm.weakest_help": (
        "Unsur dengan NRR terendah pada periode dan kab/kota ini: tempat perbaikan pertama.",
        "The unsur with the lowest NRR in this period and regency/city: the first place to"
        " improve.",
    ),
    "ikm.tab.unit": ("Per unit layanan", "By service unit"),
    "ikm.tab.kabkota": ("Per kab/kota", "By regency/city"),
    "ikm.tab.unsur": ("NRR per unsur", "NRR per unsur"),
    "ikm.tab.trend": ("Tren", "Trend"),
    "ikm.tab.sample": ("Kecukupan sampel", "Sample adequacy"),
    "ikm.tab.method": ("Metode", "Method"),
    "ikm.trend_by": ("Per", "By"),
    "ikm.trend_caption": (
        "Seluruh periode sampai {end}, dengan filter kab/kota yang sama. Garis titik-titik:"
        " batas mutu (65,00 · 76,61 · 88,31).",
        "Every period up to {end}, with the same regency/city filter. Dotted lines: grade"
        " boundaries (65.00 · 76.61 · 88.31).",
    ),
    "ikm.unit_caption": (
        "Diurutkan dari IKM tertinggi. Garis titik-titik: batas mutu. Menampilkan {n} dari"
        " {total} unit.",
        "Sorted from the highest IKM. Dotted lines: grade boundaries. Showing {n} of {total}"
        " units.",
    ),
    "ikm.unsur_caption": (
        "Unsur terlemah ({weakest}) diberi warna merah-oranye dan arsiran: prioritas perbaikan"
        " pertama.",
        "The weakest unsur ({weakest}) is vermillion and hatched: the first place to improve.",
    ),
    "ikm.sample_caption": (
        "Sampel minimal menurut Krejcie & Morgan (1970) dari jumlah pengguna layanan (N) pada"
        " periode itu: s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), χ² = 3,841; P = 0,5; d = 0,05.",
        "Minimum sample after Krejcie & Morgan (1970) from the number of service users (N) in"
        " that period: s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), χ² = 3.841; P = 0.5; d = 0.05.",
    ),
    "ikm.sample_none": (
        "Jumlah pengguna layanan (N) belum diunggah, sehingga kecukupan sampel belum dapat"
        " dinilai. Isi kolom 'Jumlah pengguna layanan' pada unggahan SKM atau rekap.",
        "The number of service users (N) has not been uploaded, so sample adequacy cannot be"
        " judged yet. Fill in the 'Jumlah pengguna layanan' column in the SKM or recap upload.",
    ),
    "ikm.sample_level": ("Tingkat", "Level"),
    "ikm.sample_head.unit": ("Unit layanan · Kab/Kota", "Service unit · Regency/City"),
    "ikm.sample_head.kabkota": ("Kab/Kota", "Regency/City"),
    "ikm.period_running": ("(berjalan)", "(in progress)"),
    "ikm.sample_short": (
        "{n} dari {total} unit/periode kekurangan responden.",
        "{n} of {total} units/periods have too few respondents.",
    ),
    "ikm.method_md": (
        "**Rumus (PermenPANRB No. 14 Tahun 2017, Lampiran).** NRR per unsur = jumlah nilai"
        " unsur ÷ jumlah kuesioner yang terisi (nilai 1–4). IKM = 25 × Σ(NRR × bobot), bobot ="
        " 1/n untuk n unsur (9 unsur baku; jumlah lain mengikuti unggahan).\n\n"
        "**Mutu dan kinerja unit pelayanan** (nilai interval konversi): A Sangat Baik 88,31–100,00;"
        " B Baik 76,61–88,30; C Kurang Baik 65,00–76,60; D Tidak Baik 25,00–64,99. Batas diterapkan"
        " pada nilai yang belum dibulatkan tanpa celah: D < 65,00 ≤ C ≤ 76,60 < B ≤ 88,30 < A"
        " (mis. 88,305 → A). Angka ditampilkan dua desimal.\n\n"
        "**Bobot dibulatkan.** Contoh pada lampiran mencetak bobot 0,111; sebagian instansi"
        " menghitung dengan 0,111 atau 0,11 sehingga IKM maksimum 99,90 atau 99,00. Gema memakai"
        " 1/n; bobot dibulatkan hanya bila diaktifkan.\n\n"
        "**Penggabungan data.** Jawaban responden dan rekap digabung rata-rata tertimbang menurut"
        " jumlah responden; rekap hanya dipakai untuk unit dan periode yang tidak memiliki"
        " jawaban responden, agar tidak terhitung dua kali.\n\n"
        "**Kecukupan sampel** menurut Krejcie & Morgan (1970), dibulatkan ke atas"
        " (N = 100 → 80; 1.000 → 278; 10.000 → 370).",
        "**Formula (PermenPANRB No. 14/2017, Annex).** NRR per unsur = sum of the unsur's scores"
        " ÷ number of filled questionnaires (scores 1–4). IKM = 25 × Σ(NRR × weight), weight ="
        " 1/n for n unsur (9 standard; other counts follow the upload).\n\n"
        "**Grade and performance** (converted interval): A Very good 88.31–100.00; B Good"
        " 76.61–88.30; C Poor 65.00–76.60; D Very poor 25.00–64.99. Boundaries apply to the"
        " unrounded value without gaps: D < 65.00 ≤ C ≤ 76.60 < B ≤ 88.30 < A (e.g. 88.305 → A)."
        " Figures are shown with two decimals.\n\n"
        "**Rounded weight.** The annex's example prints the weight as 0.111; some agencies"
        " compute with 0.111 or 0.11, capping the index at 99.90 or 99.00. Gema uses 1/n; the"
        " rounded weight only when switched on.\n\n"
        "**Combining data.** Respondent answers and recaps are pooled as a mean weighted by"
        " respondents; a recap is used only for units and periods without respondent answers,"
        " so nothing is counted twice.\n\n"
        "**Sample adequacy** after Krejcie & Morgan (1970), rounded up"
        " (N = 100 → 80; 1,000 → 278; 10,000 → 370).",
    ),
    "ikm.map.metric": ("IKM (kepuasan masyarakat)", "IKM (public satisfaction)"),
    "ikm.map.help": (
        "Indeks Kepuasan Masyarakat per kab/kota dari SKM (PermenPANRB 14/2017), 25–100.",
        "Community Satisfaction Index per regency/city from the SKM (PermenPANRB 14/2017), 25–100.",
    ),
    "ikm.overview.card": ("IKM", "IKM"),
    "ikm.overview.help": (
        "Indeks Kepuasan Masyarakat (25–100) dari Survei Kepuasan Masyarakat pada periode ini,"
        " dihitung sesuai PermenPANRB 14/2017 dengan bobot 1/n. Mutu: A di atas 88,30; B di atas"
        " 76,60; C mulai 65,00; D di bawahnya. Rincian di halaman Kepuasan (IKM).",
        "Community Satisfaction Index (25–100) from the satisfaction survey in this period,"
        " computed as PermenPANRB 14/2017 prescribes with weight 1/n. Grade: A above 88.30; B"
        " above 76.60; C from 65.00; D below. Details on the Satisfaction (IKM) page.",
    ),
    # --- presentation, FGD, exports (issue 5) ------------------------------------------------
    "pres.deck_title": (
        "Komunikasi Publik Provinsi Banten",
        "Public communication in Banten Province",
    ),
    "pres.caption": (
        "Slide dari filter yang sedang aktif. Navigasi: ← → atau PageUp/PageDown (clicker).",
        "Slides from the active filters. Navigate with ← → or PageUp/PageDown (clicker).",
    ),
    "pres.kpi.title": ("Angka utama", "Headline figures"),
    "pres.kpi.subtitle": (
        "Dibanding periode sebelumnya dengan panjang yang sama",
        "Compared with the previous period of equal length",
    ),
    "pres.trend.title": ("Jangkauan dan aspirasi per minggu", "Reach and feedback per week"),
    "pres.map.title": ("Jangkauan per kabupaten/kota", "Reach per regency/city"),
    "pres.map.subtitle": (
        "Jangkauan konten yang menyasar setiap kab/kota; konten untuk seluruh Banten tidak masuk peta",
        "Reach of content aimed at each regency/city; province-wide content is not on the map",
    ),
    "pres.campaigns.title": (
        "Kampanye dengan jangkauan terbesar",
        "Campaigns with the largest reach",
    ),
    "pres.campaigns.subtitle": (
        "Kampanye dengan jangkauan terbesar pada periode ini (paling banyak {n})",
        "Campaigns with the largest reach in the period (at most {n})",
    ),
    "pres.small": ("Layar kecil (ponsel)", "Small screen (phone)"),
    "pres.creators.title": ("Kreator dan akun teratas", "Top creators and accounts"),
    "pres.creators.subtitle": (
        "Menurut jangkauan; hanya akun dengan sedikitnya {n} unggahan pada periode ini",
        "By reach; only accounts with at least {n} posts in the period",
    ),
    "pres.topics.title": ("Topik aspirasi teratas", "Top feedback topics"),
    "pres.voices.title": ("Suara warga", "Voices of the public"),
    "pres.voices.subtitle": (
        "Aspirasi terbaru (FGD lebih dulu), tanpa nama pengirim",
        "Latest feedback (FGD first), without the sender's name",
    ),
    "pres.sentiment.title": ("Sentimen aspirasi", "Feedback sentiment"),
    "pres.ikm.title": ("Indeks Kepuasan Masyarakat (IKM)", "Public Satisfaction Index (IKM)"),
    "pres.ikm.subtitle": (
        "IKM per kabupaten/kota dari Survei Kepuasan Masyarakat",
        "IKM per regency/city from the public satisfaction survey (SKM)",
    ),
    "pres.note.vs_prev": ("{delta} dibanding periode sebelumnya", "{delta} vs the previous period"),
    "pres.note.period": ("Periode: {period}", "Period: {period}"),
    "pres.note.prev": ("Periode pembanding: {period}", "Compared with: {period}"),
    "pres.note.scope": ("Wilayah: {scope}", "Area: {scope}"),
    "pres.note.generated": ("Dibuat: {when}", "Generated: {when}"),
    "pres.note.reach_total": ("Total jangkauan: {n}", "Total reach: {n}"),
    "pres.note.feedback_total": ("Total aspirasi: {n}", "Total feedback: {n}"),
    "pres.note.peak": ("Minggu puncak jangkauan: {week} ({n})", "Peak reach week: {week} ({n})"),
    "pres.note.campaign": (
        "{name}: jangkauan {reach}, interaksi {eng}, tingkat interaksi {er}",
        "{name}: reach {reach}, engagements {eng}, engagement rate {er}",
    ),
    "pres.note.creator": (
        "{name}: jangkauan {reach}, tingkat interaksi {er}, {posts} unggahan",
        "{name}: reach {reach}, engagement rate {er}, {posts} posts",
    ),
    "pres.note.topic": (
        "{topic}: {n} aspirasi, {neg} negatif",
        "{topic}: {n} items, {neg} negative",
    ),
    "pres.note.sentiment": ("{label}: {n} ({pct})", "{label}: {n} ({pct})"),
    "pres.note.net": ("Sentimen bersih: {n}", "Net sentiment: {n}"),
    "pres.note.ikm": (
        "IKM {ikm} (mutu {mutu}, {kinerja}) dari {n} responden di {units} unit layanan",
        "IKM {ikm} (grade {mutu}, {kinerja}) from {n} respondents in {units} service units",
    ),
    "pres.col.text": ("Aspirasi", "Feedback"),
    "pres.col.topic": ("Topik", "Topic"),
    "pres.col.place": ("Kab/Kota", "Regency/City"),
    "pres.col.channel": ("Kanal", "Channel"),
    "pres.col.kpi": ("Indikator", "Indicator"),
    "pres.col.value": ("Nilai", "Value"),
    "pres.col.change": ("Perubahan", "Change"),
    "pres.notes": ("Angka untuk pembicara", "Figures for the speaker"),
    "pres.info.app": ("Aplikasi", "Application"),
    "pres.info.period": ("Periode", "Period"),
    "pres.info.scope": ("Wilayah", "Area"),
    "pres.info.generated": ("Dibuat", "Generated"),
    "pres.info.neutralised": ("Catatan", "Note"),
    "pres.info.neutralised_text": (
        "Teks yang diawali =, +, - atau @ diberi tanda petik (') di depannya agar tidak pernah"
        " dijalankan sebagai rumus.",
        "Text beginning with =, +, - or @ gets a leading quote (') so it never runs as a formula.",
    ),
    "pres.prev": ("Sebelumnya", "Previous"),
    "pres.next": ("Berikutnya", "Next"),
    "pres.counter": ("{i} / {n}", "{i} / {n}"),
    "pres.auto": ("Maju otomatis", "Auto-advance"),
    "pres.auto_seconds": ("Detik per slide", "Seconds per slide"),
    "pres.show_notes": ("Angka pembicara", "Speaker figures"),
    "pres.downloads": ("Unduh", "Download"),
    "pres.dl.pptx": ("Presentasi (PPTX)", "Presentation (PPTX)"),
    "pres.dl.pdf": ("Laporan (PDF)", "Report (PDF)"),
    "pres.dl.xlsx": ("Data (XLSX)", "Data (XLSX)"),
    "pres.dl.png": ("Grafik slide ini (PNG)", "This slide's chart (PNG)"),
    "pres.dl.png_all": ("Semua grafik (ZIP berisi PNG)", "All charts (ZIP of PNGs)"),
    "pres.dl.csv": ("Tabel slide ini (CSV)", "This slide's table (CSV)"),
    "pres.dl.caption": (
        "File dibuat dari filter yang sama dengan slide; pembuatan PPTX/PDF butuh beberapa detik.",
        "Files are made from the same filters as the slides; PPTX/PDF take a few seconds.",
    ),
    "pres.empty": (
        "Belum ada data untuk dipresentasikan pada filter ini. Staf dapat mengunggah data konten"
        " atau aspirasi di halaman Unggah data, atau ubah periode di filter.",
        "No data to present for these filters. Staff can upload content or feedback data on the"
        " Upload data page, or change the period in the filters.",
    ),
    "pres.exit": ("Keluar dari layar penuh: tampilkan menu", "Leave full screen: show the menu"),
    "pres.fullscreen": ("Layar penuh", "Full screen"),
    "fgd.title": ("Catat aspirasi FGD", "FGD capture"),
    "fgd.caption": (
        "Catat aspirasi peserta secara langsung. Setiap aspirasi tersimpan ke basis data saat"
        " tombol Simpan ditekan, sebelum kotak isian dikosongkan.",
        "Capture participants' aspirations live. Each one is written to the database when Save"
        " is pressed, before the form is cleared.",
    ),
    "fgd.session.title": ("Sesi FGD", "FGD session"),
    "fgd.session.pick": ("Sesi", "Session"),
    "fgd.session.label": ("#{id} · {name} · {date}{closed}", "#{id} · {name} · {date}{closed}"),
    "fgd.session.closed_mark": (" (ditutup)", " (closed)"),
    "fgd.session.new": ("Buka sesi baru", "Open a new session"),
    "fgd.session.name": ("Nama sesi", "Session name"),
    "fgd.session.name_ph": ("mis. FGD Kampanye Banten Sehat", "e.g. FGD Banten Sehat campaign"),
    "fgd.session.date": ("Tanggal", "Date"),
    "fgd.session.place": ("Tempat", "Place"),
    "fgd.session.kabkota": ("Kabupaten/Kota", "Regency/City"),
    "fgd.session.open": ("Buka sesi", "Open session"),
    "fgd.session.opened": ("Sesi #{id} dibuka.", "Session #{id} opened."),
    "fgd.session.close": ("Tutup sesi", "Close session"),
    "fgd.session.closed": ("Sesi #{id} ditutup.", "Session #{id} closed."),
    "fgd.session.none": (
        "Belum ada sesi FGD. Buka sesi baru untuk mulai mencatat.",
        "No FGD session yet. Open a new session to start capturing.",
    ),
    "fgd.session.is_closed": (
        "Sesi ini sudah ditutup. Pilih sesi lain atau buka sesi baru.",
        "This session is closed. Pick another session or open a new one.",
    ),
    "fgd.form.title": ("Catat aspirasi", "Capture an aspiration"),
    "fgd.form.group": ("Kelompok pembicara", "Speaker group"),
    "fgd.group.influencer": ("Influencer", "Influencer"),
    "fgd.group.opd": ("OPD", "Government agency (OPD)"),
    "fgd.group.akademisi": ("Akademisi", "Academic"),
    "fgd.group.masyarakat": ("Masyarakat", "Citizen"),
    "fgd.group.media": ("Media", "Media"),
    "fgd.group.tokoh_masyarakat": ("Tokoh masyarakat", "Community leader"),
    "fgd.group.pelaku_usaha": ("Pelaku usaha", "Business owner"),
    "fgd.group.lsm": ("LSM", "NGO"),
    "fgd.form.topic": ("Topik", "Topic"),
    "fgd.form.topic_auto": ("Otomatis dari teks", "Automatic from the text"),
    "fgd.form.kabkota": ("Kabupaten/Kota", "Regency/City"),
    "fgd.form.kabkota_none": ("Tidak diketahui / luar Banten", "Unknown / outside Banten"),
    "fgd.form.text": ("Aspirasi", "Aspiration"),
    "fgd.form.text_ph": (
        "Tulis aspirasi seperti yang disampaikan peserta…",
        "Write the aspiration as the participant said it…",
    ),
    "fgd.form.save": ("Simpan", "Save"),
    "fgd.form.saved": (
        "Tersimpan sebagai #{id} · sentimen {sent} · topik {topic}",
        "Saved as #{id} · sentiment {sent} · topic {topic}",
    ),
    "fgd.form.duplicate": (
        "Aspirasi ini sudah tersimpan sebagai #{id}; tidak disimpan dua kali.",
        "This aspiration was already saved as #{id}; it was not stored twice.",
    ),
    "fgd.form.unsaved_note": (
        'Belum tersimpan sampai muncul di daftar "Tersimpan" di bawah dengan nomornya. Jika'
        " koneksi terputus, teks tetap di kotak isian: tekan Simpan lagi setelah tersambung"
        " (tidak akan tersimpan dua kali).",
        'Not saved until it appears in the "Saved" list below with its number. If the'
        " connection drops, the text stays in the box: press Save again once reconnected (it"
        " will not be stored twice).",
    ),
    "fgd.saved.title": ("Tersimpan di sesi ini", "Saved in this session"),
    "fgd.saved.count": ("{n} aspirasi tersimpan", "{n} aspirations saved"),
    "fgd.saved.none": ("Belum ada aspirasi di sesi ini.", "No aspirations in this session yet."),
    "fgd.col.id": ("No.", "No."),
    "fgd.col.time": ("Waktu", "Time"),
    "fgd.col.group": ("Kelompok", "Group"),
    "fgd.col.topic": ("Topik", "Topic"),
    "fgd.col.sentiment": ("Sentimen", "Sentiment"),
    "fgd.col.kabkota": ("Kab/Kota", "Regency/City"),
    "fgd.col.text": ("Aspirasi", "Aspiration"),
    "fgd.col.by": ("Dicatat oleh", "Recorded by"),
    "fgd.err.name": ("Nama sesi wajib diisi.", "The session needs a name."),
    "fgd.err.kabkota": ("Kabupaten/kota tidak dikenal.", "Unknown regency/city."),
    "fgd.err.text": ("Teks aspirasi masih kosong.", "The aspiration text is empty."),
    "fgd.err.too_long": (
        "Teks terlalu panjang (maksimal 4.000 karakter).",
        "The text is too long (at most 4,000 characters).",
    ),
    "fgd.err.group": ("Pilih kelompok pembicara.", "Pick the speaker group."),
    "fgd.err.no_session": ("Sesi FGD tidak ditemukan.", "FGD session not found."),
    "fgd.err.closed": (
        "Sesi ini sudah ditutup; buka sesi baru.",
        "This session is closed; open a new one.",
    ),
    "fgd.err.db": (
        "BELUM TERSIMPAN: basis data menolak ({error}). Teks Anda masih di kotak isian; coba lagi.",
        "NOT SAVED: the database refused ({error}). Your text is still in the box; try again.",
    ),
    "fgd.wall_link": ("Buka dinding aspirasi", "Open the aspiration wall"),
    "wall.title": ("Dinding aspirasi", "Aspiration wall"),
    "wall.all": ("Semua sesi FGD", "All FGD sessions"),
    "wall.session": ("Sesi", "Session"),
    "wall.latest": ("Aspirasi terbaru", "Latest aspirations"),
    "wall.topics": ("Topik yang muncul", "Topics raised"),
    "wall.count": ("{n} aspirasi", "{n} aspirations"),
    "wall.empty": (
        "Belum ada aspirasi FGD. Staf mencatatnya di halaman Catat FGD; dinding ini menampilkannya"
        " sendiri dalam beberapa detik.",
        "No FGD aspirations yet. Staff capture them on the FGD capture page; this wall shows them"
        " by itself within seconds.",
    ),
    "wall.updated": (
        "Diperbarui {time} · menyegarkan sendiri setiap {s} detik",
        "Updated {time} · refreshes itself every {s} seconds",
    ),
    "wall.kiosk": (
        "Mode kios: tanpa nama; nomor telepon dan e-mail di dalam teks disamarkan.",
        "Kiosk mode: no names; phone numbers and e-mail addresses in the text are masked.",
    ),
    # --- access, audit (issue 6) -------------------------------------------------------------
    "access.kicker": ("Pemerintah Provinsi Banten", "Provincial Government of Banten"),
    "access.unit": (
        "Biro Administrasi Pimpinan dan Protokol · Sekretariat Daerah Provinsi Banten",
        "Bureau of Leadership Administration and Protocol · Regional Secretariat of Banten",
    ),
    "access.signin_title": ("Masuk", "Sign in"),
    "access.welcome": ("Selamat datang", "Welcome"),
    "access.signin_intro": (
        "Silakan masuk dengan akun yang diberikan oleh admin Gema Banten.",
        "Please sign in with the account your Gema Banten administrator gave you.",
    ),
    "access.username": ("Nama pengguna", "Username"),
    "access.password": ("Kata sandi", "Password"),
    "access.password_again": ("Ulangi kata sandi", "Repeat the password"),
    "access.signin": ("Masuk", "Sign in"),
    "access.signin_sso": ("Masuk dengan akun SSO", "Sign in with SSO"),
    "access.sso_intro": (
        "Gunakan akun SSO instansi Anda untuk masuk.",
        "Use your organisation's single sign-on account.",
    ),
    "access.signout": ("Keluar", "Sign out"),
    "access.failed": (
        "Nama pengguna atau kata sandi salah.",
        "Wrong username or password.",
    ),
    "access.wait": (
        "Terlalu banyak percobaan gagal. Coba lagi dalam {s} detik.",
        "Too many failed attempts. Try again in {s} seconds.",
    ),
    "access.expired": (
        "Sesi Anda berakhir karena tidak ada aktivitas selama {m} menit. Silakan masuk kembali.",
        "Your session ended after {m} minutes without activity. Please sign in again.",
    ),
    "access.signed_out": ("Anda telah keluar. Sampai jumpa.", "You have signed out. Goodbye."),
    "access.account_gone": (
        "Akun Anda telah dinonaktifkan atau dihapus. Hubungi admin.",
        "Your account has been disabled or removed. Please contact the administrator.",
    ),
    "access.notice": (
        "Khusus pegawai yang berwenang. Setiap percobaan masuk dicatat.",
        "Authorised staff only. Every sign-in attempt is recorded.",
    ),
    "access.setup_title": ("Penyiapan pertama", "First-time setup"),
    "access.setup_intro": (
        "Belum ada akun. Buat akun admin pertama; admin ini nanti menambahkan akun pimpinan dan "
        "staf di halaman Pengguna.",
        "There is no account yet. Create the first administrator; they will then add leadership "
        "and staff accounts on the Users page.",
    ),
    "access.setup_submit": ("Buat admin dan masuk", "Create administrator and sign in"),
    "access.mismatch": ("Kedua kata sandi tidak sama.", "The two passwords differ."),
    "access.forbidden": (
        "Halaman ini tidak tersedia untuk peran Anda ({role}).",
        "This page is not available to your role ({role}).",
    ),
    "access.no_role": (
        "Akun {name} belum diberi peran di Gema Banten. Hubungi admin.",
        "The account {name} has no role in Gema Banten yet. Please contact the administrator.",
    ),
    "access.signed_in_as": ("Masuk sebagai", "Signed in as"),
    "access.session_note": (
        "Sesi berakhir setelah {m} menit tanpa aktivitas.",
        "Sessions end after {m} minutes without activity.",
    ),
    "access.kiosk_caption": (
        "Mode kios: hanya presentasi dan dinding aspirasi (angka agregat).",
        "Kiosk mode: presentation and aspiration wall only (aggregated figures).",
    ),
    "access.kiosk_signin": ("Masuk sebagai pegawai", "Staff sign-in"),
    "access.back_to_kiosk": ("Kembali ke mode kios", "Back to kiosk mode"),
    "access.role.pimpinan": ("Pimpinan", "Leadership"),
    "access.role.staf": ("Staf", "Staff"),
    "access.role.admin": ("Admin", "Administrator"),
    "access.role.kiosk": ("Kios", "Kiosk"),
    "users.title": ("Pengguna", "Users"),
    "users.caption": (
        "Akun yang dapat masuk ke Gema Banten. Kata sandi disimpan sebagai hash argon2 dalam berkas "
        "akun di luar repositori, tidak pernah sebagai teks biasa.",
        "Accounts that may sign in to Gema Banten. Passwords are stored as argon2 hashes in an "
        "accounts file outside the repository, never as plain text.",
    ),
    "users.file": ("Berkas akun: {path}", "Accounts file: {path}"),
    "users.oidc_note": (
        "Aplikasi ini memakai SSO (OIDC): peran ditetapkan di .streamlit/secrets.toml bagian "
        "[gema]. Akun lokal di bawah tidak dipakai untuk masuk.",
        "This app uses single sign-on (OIDC): roles are set in the [gema] section of "
        ".streamlit/secrets.toml. The local accounts below are not used to sign in.",
    ),
    "users.col_username": ("Nama pengguna", "Username"),
    "users.col_role": ("Peran", "Role"),
    "users.col_status": ("Status", "Status"),
    "users.col_created": ("Dibuat", "Created"),
    "users.col_updated": ("Terakhir diubah", "Last changed"),
    "users.status_active": ("Aktif", "Active"),
    "users.status_disabled": ("Nonaktif", "Disabled"),
    "users.count": ("{n} akun", "{n} accounts"),
    "users.empty": (
        "Belum ada akun. Tambahkan dengan formulir di bawah atau dari terminal: "
        "python -m gema user add NAMA --role admin",
        "No account yet. Add one with the form below or from a terminal: "
        "python -m gema user add NAME --role admin",
    ),
    "users.roles_help": (
        "Pimpinan: semua dasbor dan unduhan. Staf: ditambah unggah data, koreksi label, catat FGD. "
        "Admin: ditambah pembatalan unggahan, data referensi, pengguna dan jejak audit.",
        "Leadership: every dashboard and export. Staff: plus upload, label corrections, FGD "
        "capture. Administrator: plus undoing uploads, reference data, users and the audit trail.",
    ),
    "users.add_title": ("Tambah pengguna", "Add a user"),
    "users.add_submit": ("Tambah pengguna", "Add user"),
    "users.added": ("Akun {name} dibuat dengan peran {role}.", "Account {name} created as {role}."),
    "users.manage_title": ("Ubah pengguna", "Change a user"),
    "users.pick": ("Pilih pengguna", "Choose a user"),
    "users.new_role": ("Peran baru", "New role"),
    "users.role_submit": ("Simpan peran", "Save role"),
    "users.role_changed": ("Peran {name} sekarang {role}.", "{name} is now {role}."),
    "users.disable": ("Nonaktifkan akun", "Disable account"),
    "users.enable": ("Aktifkan kembali", "Enable again"),
    "users.disabled_msg": ("Akun {name} dinonaktifkan.", "Account {name} disabled."),
    "users.enabled_msg": ("Akun {name} aktif kembali.", "Account {name} enabled again."),
    "users.remove": ("Hapus akun", "Remove account"),
    "users.remove_confirm": (
        "Ya, hapus akun ini (catatan auditnya tetap tersimpan)",
        "Yes, remove this account (its audit records are kept)",
    ),
    "users.removed": ("Akun {name} dihapus.", "Account {name} removed."),
    "users.reset_title": ("Atur ulang kata sandi", "Reset password"),
    "users.new_password": ("Kata sandi baru", "New password"),
    "users.reset_submit": ("Simpan kata sandi baru", "Save new password"),
    "users.reset_done": (
        "Kata sandi {name} telah diganti. Sampaikan secara langsung, jangan lewat grup percakapan.",
        "The password of {name} was changed. Hand it over in person, not in a group chat.",
    ),
    "users.err_username": (
        "Nama pengguna 2–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.",
        "Usernames have 2–32 characters: lower-case letters, digits, dot, underscore or hyphen.",
    ),
    "users.err_role": ("Peran tidak dikenal.", "Unknown role."),
    "users.err_password_short": (
        "Kata sandi minimal {n} karakter.",
        "Passwords need at least {n} characters.",
    ),
    "users.err_password_username": (
        "Kata sandi tidak boleh sama dengan nama pengguna.",
        "The password must not be the username.",
    ),
    "users.err_not_first": (
        "Admin pertama sudah dibuat oleh orang lain. Silakan masuk.",
        "The first administrator has already been created. Please sign in.",
    ),
    "users.err_exists": ("Nama pengguna {name} sudah dipakai.", "The username {name} is taken."),
    "users.err_missing": ("Akun {name} tidak ditemukan.", "No account named {name}."),
    "users.err_last_admin": (
        "Harus tetap ada setidaknya satu admin aktif.",
        "At least one active administrator must remain.",
    ),
    "users.err_self": (
        "Anda tidak dapat menonaktifkan, menghapus, atau menurunkan peran akun Anda sendiri.",
        "You cannot disable, remove or demote your own account.",
    ),
    "audit.title": ("Jejak audit", "Audit trail"),
    "audit.caption": (
        "Catatan setiap impor, pembatalan, koreksi label, entri FGD dan upaya masuk, lengkap dengan "
        "pengguna dan waktunya. Catatan ini tidak dapat diubah atau dihapus dari aplikasi.",
        "A record of every import, undo, label correction, FGD entry and sign-in attempt, with "
        "user and time. The app cannot edit or delete these records.",
    ),
    "audit.f_user": ("Pengguna", "User"),
    "audit.f_action": ("Tindakan", "Action"),
    "audit.f_dates": ("Rentang tanggal", "Date range"),
    "audit.col_time": ("Waktu", "Time"),
    "audit.col_user": ("Pengguna", "User"),
    "audit.col_action": ("Tindakan", "Action"),
    "audit.col_detail": ("Rincian", "Details"),
    "audit.no_user": ("(tanpa nama)", "(no name)"),
    "audit.showing": (
        "Menampilkan {n} dari {total} catatan, terbaru lebih dahulu.",
        "Showing {n} of {total} records, newest first.",
    ),
    "audit.empty": (
        "Belum ada catatan untuk filter ini. Catatan muncul setelah ada yang masuk, mengunggah "
        "data, mengoreksi label atau mencatat FGD.",
        "No records for these filters. Records appear once someone signs in, uploads data, "
        "corrects a label or captures an FGD entry.",
    ),
    "audit.action.signin": ("Masuk", "Sign-in"),
    "audit.action.signin_failed": ("Gagal masuk", "Failed sign-in"),
    "audit.action.signout": ("Keluar", "Sign-out"),
    "audit.action.session_expired": ("Sesi berakhir", "Session expired"),
    "audit.action.access_denied": ("Akses ditolak", "Access refused"),
    "audit.action.user_add": ("Tambah pengguna", "User added"),
    "audit.action.user_role": ("Ubah peran", "Role changed"),
    "audit.action.user_disable": ("Nonaktifkan pengguna", "User disabled"),
    "audit.action.user_enable": ("Aktifkan pengguna", "User enabled"),
    "audit.action.user_remove": ("Hapus pengguna", "User removed"),
    "audit.action.user_password": ("Ganti kata sandi", "Password reset"),
    "audit.action.import": ("Impor data", "Import"),
    "audit.action.undo": ("Batalkan unggahan", "Undo upload"),
    "audit.action.label_correction": ("Koreksi label", "Label correction"),
    "audit.action.fgd_entry": ("Entri FGD", "FGD entry"),
    "audit.action.fgd_session_open": ("Buka sesi FGD", "FGD session opened"),
    "audit.action.fgd_session_close": ("Tutup sesi FGD", "FGD session closed"),
    "audit.action.reference_update": ("Ubah data referensi", "Reference data changed"),
    "audit.action.boundary_upload": ("Unggah batas wilayah", "Boundary upload"),
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
    # --- sentiment, language, learning (issue 10) ---------------------------------------------
    "audit.action.sentiment_model_train": ("Latih model sentimen", "Sentiment model trained"),
    "audit.action.sentiment_model_switch": ("Ganti metode sentimen", "Sentiment method switched"),
    "audit.action.sentiment_examples_import": (
        "Impor contoh berlabel",
        "Labelled examples imported",
    ),
    "nav.sentimen": ("Metode sentimen", "Sentiment method"),
    "sent.title": ("Metode sentimen", "Sentiment method"),
    "sent.caption": (
        "Label sentimen dihitung oleh leksikon atau oleh model yang belajar dari koreksi staf "
        "dan contoh berlabel. Akurasi diukur pada teks pihak ketiga (NusaX), bukan teks buatan "
        "tim.",
        "Sentiment labels come from the lexicon or from a model that learns from staff "
        "corrections and labelled examples. Accuracy is measured on third-party text (NusaX), not "
        "on text the team wrote.",
    ),
    "sent.active": ("Metode aktif: **{method}**", "Active method: **{method}**"),
    "sent.lexicon": ("leksikon", "lexicon"),
    "sent.model": ("model v{version}", "model v{version}"),
    "sent.nusax": (
        "Akurasi leksikon (macro-F1) pada NusaX valid, teks pihak ketiga: Indonesia {id} · "
        "Sunda {su} · Jawa {jv}.",
        "Lexicon accuracy (macro-F1) on NusaX valid, third-party text: Indonesian {id} · "
        "Sundanese {su} · Javanese {jv}.",
    ),
    "sent.models": ("Versi model", "Model versions"),
    "sent.no_models": (
        "Belum ada model terlatih; leksikon yang dipakai.",
        "No trained model yet; the lexicon is used.",
    ),
    "sent.col.version": ("Versi", "Version"),
    "sent.col.trained_at": ("Dilatih", "Trained"),
    "sent.col.trained_by": ("Oleh", "By"),
    "sent.col.n_examples": ("Contoh", "Examples"),
    "sent.col.n_corrections": ("Koreksi staf", "Staff corrections"),
    "sent.col.cv_f1_model": ("Macro-F1 model (validasi silang)", "Model macro-F1 (cross-val.)"),
    "sent.col.cv_f1_lexicon": ("Macro-F1 leksikon", "Lexicon macro-F1"),
    "sent.col.active": ("Aktif", "Active"),
    "sent.switch": ("Pakai metode", "Use method"),
    "sent.switch_button": ("Pakai dan label ulang", "Use and relabel"),
    "sent.examples": (
        "Contoh untuk belajar: {corrections} koreksi staf, {imports} contoh impor.",
        "Examples to learn from: {corrections} staff corrections, {imports} imported examples.",
    ),
    "sent.retrain": ("Latih ulang model", "Retrain the model"),
    "sent.running": ("Berjalan di latar belakang: {step}", "Running in the background: {step}"),
    "sent.done_trained": (
        "Model v{version}: macro-F1 validasi silang {model} vs leksikon {lexicon}. {verdict}",
        "Model v{version}: cross-validated macro-F1 {model} vs lexicon {lexicon}. {verdict}",
    ),
    "sent.verdict_on": (
        "Model dipakai; {n} baris dilabel ulang.",
        "The model is now used; {n} rows relabelled.",
    ),
    "sent.verdict_off": (
        "Model tidak lebih baik; metode aktif tidak diubah.",
        "The model is not better; the active method is unchanged.",
    ),
    "sent.done_relabel": ("{n} baris aspirasi dilabel ulang.", "{n} feedback rows relabelled."),
    "sent.failed": ("Gagal: {error}", "Failed: {error}"),
    "sent.evaluate": ("Uji pada sampel berlabel", "Evaluate on a labelled sample"),
    "sent.evaluate_help": (
        "Unggah CSV/TSV/XLSX dengan kolom teks (text/teks/Tweet) dan label "
        "(positif/netral/negatif, positive/neutral/negative atau 1/0/-1).",
        "Upload a CSV/TSV/XLSX with a text column (text/teks/Tweet) and a label column "
        "(positif/netral/negatif, positive/neutral/negative or 1/0/-1).",
    ),
    "sent.file": ("Sampel berlabel", "Labelled sample"),
    "sent.accuracy": ("Akurasi", "Accuracy"),
    "sent.macro_f1": ("Macro-F1", "Macro-F1"),
    "sent.n": ("Teks", "Texts"),
    "sent.method": ("Metode", "Method"),
    "sent.per_class": ("Per kelas", "Per class"),
    "sent.confusion": (
        "Matriks kebingungan (baris: label benar, kolom: prediksi)",
        "Confusion matrix (rows: true label, columns: predicted)",
    ),
    "sent.mistakes": ("Kesalahan terburuk", "Worst mistakes"),
    "sent.col.row": ("Baris", "Row"),
    "sent.col.text": ("Teks", "Text"),
    "sent.col.gold": ("Label benar", "True label"),
    "sent.col.pred": ("Prediksi", "Predicted"),
    "sent.col.score": ("Skor", "Score"),
    "sent.col.precision": ("Presisi", "Precision"),
    "sent.col.recall": ("Recall", "Recall"),
    "sent.col.f1": ("F1", "F1"),
    "sent.col.support": ("Jumlah", "Count"),
    "sent.save_examples": (
        "Simpan {n} teks ini sebagai contoh untuk belajar",
        "Save these {n} texts as examples to learn from",
    ),
    "sent.saved": ("{n} contoh disimpan.", "{n} examples saved."),
    "sent.no_mistakes": ("Tidak ada kesalahan.", "No mistakes."),
    "lang.id": ("Indonesia", "Indonesian"),
    "lang.su": ("Sunda", "Sundanese"),
    "lang.jv": ("Jawa", "Javanese"),
    "lang.other": ("Lainnya", "Other"),
    "lang.unknown": ("Belum dihitung", "Not computed"),
    "dash.a.languages": ("Bahasa aspirasi", "Language of feedback"),
    "dash.a.languages_caption": (
        "Deteksi otomatis per teks (kata penanda); pada data NusaX valid tepat {id} % (Indonesia), "
        "{su} % (Sunda), {jv} % (Jawa).",
        "Detected per text (marker words); correct on NusaX valid for {id} % (Indonesian), "
        "{su} % (Sundanese), {jv} % (Javanese).",
    ),
    "dash.a.sentiment_accuracy": (
        "Akurasi label sentimen ({method}): macro-F1 pada teks pihak ketiga NusaX valid "
        "Indonesia {id} · Sunda {su} · Jawa {jv} (1 = sempurna).",
        "Sentiment label accuracy ({method}): macro-F1 on third-party NusaX valid text, "
        "Indonesian {id} · Sundanese {su} · Javanese {jv} (1 = perfect).",
    ),
    "dash.a.sentiment_accuracy_model": (
        "Model v{version} aktif: macro-F1 validasi silang {f1} pada {n} contoh berlabel staf "
        "(leksikon pada contoh yang sama: {lex}).",
        "Model v{version} active: cross-validated macro-F1 {f1} on {n} staff-labelled examples "
        "(lexicon on the same examples: {lex}).",
    ),
    # --- real exports round two (issue 11) ----------------------------------------------------
    "ad.kind": ("Ringkasan harian akun (account_daily)", "Daily account overview"),
    "ingest.field.date": ("Tanggal", "Date"),
    "ingest.field.year": ("Tahun", "Year"),
    "ingest.field.profile_views": ("Kunjungan profil", "Profile views"),
    "ingest.field.followers_gained": ("Pengikut bertambah", "Followers gained"),
    "ingest.field.rating": ("Rating (1–5)", "Rating (1–5)"),
    "ingest.field.point": ("Titik lokasi", "Location point"),
    "ingest.field.published_ikm": ("Nilai indeks terbit", "Published index"),
    "ingest.field.published_mutu": ("Mutu pelayanan terbit", "Published service quality"),
    "ad.err.no_year": (
        "Baris {row}, kolom '{column}' ({label}): tanggal '{value}' tidak memuat tahun. Isi Tahun untuk seluruh berkas (CLI: --set year=YYYY, mis. --set year=2024); tahun tidak ditebak.",
        "Row {row}, column '{column}' ({label}): the date '{value}' has no year (tahun). Fill in the Year for the whole file (CLI: --set year=YYYY, e.g. --set year=2024); the year is never guessed.",
    ),
    "ad.err.year": (
        "Baris {row}, kolom '{column}' ({label}): '{value}' bukan tahun (2000–2100). Tulis tahun empat angka, mis. 2024.",
        "Row {row}, column '{column}' ({label}): '{value}' is not a year (2000–2100). Write a four-digit year, e.g. 2024.",
    ),
    "ad.hint.year_from_name": (
        "Nama berkas menyebut tahun {year}. Bila benar, isi Tahun dengan {year} (CLI: --set year={year}); tidak dipakai otomatis.",
        "The file name mentions the year {year}. If it is right, fill in the Year with {year} (CLI: --set year={year}); it is not applied automatically.",
    ),
    "ad.page.year_help": (
        "Ekspor ini mencetak tanggal tanpa tahun (mis. 'April 12'). Isi tahunnya di sini.",
        "This export prints dates without a year (e.g. 'April 12'). Fill in the year here.",
    ),
    "ad.page.use_year": (
        "Pakai tahun {year} (dari nama berkas)",
        "Use {year} (from the file name)",
    ),
    "ad.j.title": ("Tren harian akun", "Daily account trend"),
    "ad.j.caption": (
        "Angka tingkat akun per hari dari ekspor ringkasan (TikTok Studio, YouTube Studio, Meta Business Suite), terpisah dari angka per konten di atas. Hari tanpa data tidak digambar (bukan nol).",
        "Account-level figures per day from overview exports (TikTok Studio, YouTube Studio, Meta Business Suite), separate from the per-post figures above. Days without data are not drawn (not zero).",
    ),
    "ad.j.followers_gained": ("Pengikut bertambah", "Followers gained"),
    "ad.j.views": ("Tayangan", "Views"),
    "ad.j.empty": (
        "Belum ada ringkasan harian akun untuk filter ini. Unggah ekspor Overview (jenis data: Ringkasan harian akun).",
        "No daily account overview for these filters yet. Upload an Overview export (data kind: Daily account overview).",
    ),
    "ad.j.accounts": ("{n} akun · {days} hari", "{n} accounts · {days} days"),
    "ingest.note.platform_guess": (
        "Platform ditebak dari tautan di kolom '{column}': {value} (semua tautan di {host}). Ini tebakan: periksa di Nilai tetap sebelum memuat (CLI: --set platform={value}).",
        "Platform guessed from the links in column '{column}': {value} (every link is on {host}). This is a guess: check it under Constants before loading (CLI: --set platform={value}).",
    ),
    "ingest.page.guess": ("tebakan, periksa", "guess, please check"),
    "ingest.page.sheet": ("Lembar", "Sheet"),
    "ingest.page.sheet_first": ("(lembar pertama yang berisi data)", "(first sheet with data)"),
    "ingest.page.sheet_all": (
        "semua lembar (nama lembar = periode)",
        "all sheets (sheet name = period)",
    ),
    "ingest.page.sheet_all_help": (
        "Setiap lembar dimuat sebagai batch sendiri, dengan nama lembar sebagai periode bila tidak ada kolom periode. Pratinjau menampilkan lembar '{sheet}'.",
        "Every sheet is loaded as its own batch, with the sheet name as the period when there is no period column. The preview shows sheet '{sheet}'.",
    ),
    "ingest.page.loaded_sheets": (
        "{n} lembar dimuat (batch {batches}): {loaded} baris.",
        "{n} sheets loaded (batches {batches}): {loaded} rows.",
    ),
    "recap.col.period": ("Periode", "Period"),
    "recap.col.unit": ("Unit layanan", "Service unit"),
    "recap.col.kabkota": ("Kab/Kota", "Regency/City"),
    "recap.col.mutu": ("Mutu", "Grade"),
    "recap.col.published": ("IKM terbit", "Published IKM"),
    "recap.col.published_mutu": ("Mutu terbit", "Published grade"),
    "recap.col.agree": ("Sesuai (pembulatan)", "Agrees (rounding)"),
    "recap.col.respondents": ("Responden", "Respondents"),
    "recap.agree.yes": ("ya", "yes"),
    "recap.agree.no": ("TIDAK", "NO"),
    "recap.n_unknown": ("n tidak diketahui", "n unknown"),
    "recap.cli.tolerance": (
        "Sesuai = selisih IKM kita dan IKM terbit paling banyak n × 0,005 × 25 poin (NRR tertimbang 2 desimal; n = jumlah unsur) atau 0,005 × 25 (NRR 2 desimal), ditambah 0,005 untuk pembulatan IKM terbit. Tanpa jumlah responden: rata-rata unit tanpa bobot (n tidak diketahui).",
        "Agrees = our IKM and the published one differ by at most n × 0.005 × 25 points (weighted NRR to 2 decimals; n = number of unsur) or 0.005 × 25 (NRR to 2 decimals), plus 0.005 for the printed index. Without respondent counts: an unweighted mean of the units (n unknown).",
    ),
    "recap.cli.sheet": ("Lembar '{sheet}':", "Sheet '{sheet}':"),
    "recap.cli.hint": (
        "Rekap IKM instansi (nilai per unit, lembar per periode)? Coba --kind skm_recap --sheet all: nama lembar menjadi periode, indeks terbit dibandingkan.",
        "An agency IKM recap (values per unit, one sheet per period)? Try --kind skm_recap --sheet all: sheet names become periods, published indices are compared.",
    ),
    "recap.cli.by": (
        "--by untuk rekap: unit, kabkota atau period (bukan '{by}').",
        "--by for recaps: unit, kabkota or period (not '{by}').",
    ),
    "recap.cli.sheet_empty": (
        "Lembar '{sheet}' kosong: dilewati.",
        "Sheet '{sheet}' is empty: skipped.",
    ),
    "skm.err.recap_unit": (
        "Baris {row}, kolom '{column}' ({label}): unit layanan kosong, dan kolom No tidak berisi nama wilayah (baris total). Isi nama unitnya, atau tulis nama kab/kota di kolom No untuk baris total.",
        "Row {row}, column '{column}' ({label}): the service unit is empty and the No column holds no region name (total row). Fill in the unit, or write the regency/city in No for a total row.",
    ),
    "skm.note.assumed.weighted": (
        "{rows} baris dibaca sebagai NRR tertimbang (NRR × bobot, bobot {weights} = 1/{n}; semua nilai ≤ 1): NRR = nilai ÷ bobot.",
        "{rows} rows read as weighted NRR (NRR × weight, weight {weights} = 1/{n}; every value ≤ 1): NRR = value ÷ weight.",
    ),
    "skm.note.assumed.nrr": (
        "{rows} baris dibaca sebagai NRR (1–4), {n} unsur, bobot 1/{n}.",
        "{rows} rows read as NRR (1–4), {n} unsur, weight 1/{n}.",
    ),
    "skm.note.skipped": (
        "Baris {row} ('{unit}') tanpa nilai unsur (semua '-'): dilewati, tidak dihitung.",
        "Row {row} ('{unit}') has no unsur value (all '-'): skipped, not counted.",
    ),
    "fb.r.title": ("Rating ulasan dan aduan", "Ratings of reviews and complaints"),
    "fb.r.caption": (
        "Rata-rata bintang (1–5) dari baris yang membawa rating (ulasan Google Play, log aduan). Jumlah = baris ber-rating di balik setiap rata-rata; ulasan aplikasi biasanya tanpa kab/kota.",
        "Average stars (1–5) of the rows that carry a rating (Google Play reviews, complaint logs). Count = the rated rows behind every average; app reviews usually have no regency/city.",
    ),
    "fb.r.col.kabkota": ("Kab/Kota", "Regency/City"),
    "fb.r.col.rating": ("Rata-rata rating", "Average rating"),
    "fb.r.col.rated": ("Jumlah", "Count"),
    "fb.r.col.avg": ("Rata-rata", "Average"),
    "fb.r.rated": ("{n} ber-rating", "{n} rated"),
    "fb.err.rating": (
        "Baris {row}, kolom '{column}' ({label}): '{value}' bukan rating 1–5. Tulis angka 1 sampai 5 (mis. 4 atau 4 bintang), atau kosongkan sel.",
        "Row {row}, column '{column}' ({label}): '{value}' is not a 1–5 rating. Write a number from 1 to 5 (e.g. 4 or 4 stars), or leave the cell empty.",
    ),
    "fb.err.point": (
        "Baris {row}, kolom '{column}' ({label}): '{value}' bukan titik lokasi. Tulis 'lintang,bujur' seperti -6.12,106.15 atau LatLng(-6.12, 106.15), atau kosongkan sel.",
        "Row {row}, column '{column}' ({label}): '{value}' is not a location point. Write 'lat,long' such as -6.12,106.15 or LatLng(-6.12, 106.15), or leave the cell empty.",
    ),
    "ingest.page.errors_table": (
        "Tabel masalah (baris, kolom, nilai)",
        "Problem table (row, column, value)",
    ),
    # --- reports and screens (issue 12) -------------------------------------------------------
    "rep.trend.subtitle": (
        "Batang: jangkauan per pekan. Garis: aspirasi per pekan. Pekan mulai Senin; pekan yang "
        "tidak penuh dalam periode digambar pucat dan disebut di legenda.",
        "Bars: reach per week. Line: feedback per week. Weeks start on Monday; weeks only partly "
        "inside the period are drawn pale and named in the legend.",
    ),
    "rep.topic.label": ("{n} · {neg} negatif", "{n} · {neg} negative"),
    "rep.caveat.demo": (
        "Data contoh: angka ini berasal dari data demo, bukan data sebenarnya.",
        "Sample data: these figures come from demo data, not real data.",
    ),
    "rep.caveat.partial": (
        "Pekan tidak penuh dalam periode ({weeks}): digambar pucat; angkanya bukan penurunan.",
        "Weeks only partly inside the period ({weeks}): drawn pale; their totals are not a fall.",
    ),
    "rep.caveat.partial_omit": (
        "Pekan tidak penuh dalam periode ({weeks}) tidak digambar; angkanya ada di tabel data.",
        "Weeks only partly inside the period ({weeks}) are not drawn; see the data table.",
    ),
    "rep.caveat.small_n": (
        "{name}: hanya {n} aspirasi (kurang dari {min}); porsi sentimen belum dapat diandalkan.",
        "{name}: only {n} items (fewer than {min}); the sentiment shares are not reliable yet.",
    ),
    "rep.caveat.ikm_short": (
        "Sampel kurang menurut Krejcie–Morgan (responden / minimum): {names}. IKM dan mutu "
        "belum dapat diandalkan.",
        "Sample too small by Krejcie–Morgan (respondents / minimum): {names}. IKM and grade are "
        "not reliable yet.",
    ),
    "rep.caveat.ikm_short_unknown": (
        "n tidak diketahui (jumlah pengguna layanan belum diisi), responden kurang dari {min}: "
        "{names}. IKM dan mutu belum dapat diandalkan.",
        "N unknown (number of service users not entered), fewer than {min} respondents: "
        "{names}. IKM and grade are not reliable yet.",
    ),
    "rep.note.short": (
        "Sampel kurang: {n} responden, minimum {needed}",
        "Sample too small: {n} respondents, minimum {needed}",
    ),
    "rep.note.small_n": (
        "Hanya {n} aspirasi di kanal ini (kurang dari {min})",
        "Only {n} items in this channel (fewer than {min})",
    ),
    "rep.xlsx.about": ("Tentang laporan", "About this report"),
    "rep.xlsx.about_title": ("Gema Banten: tentang laporan ini", "Gema Banten: about this report"),
    "rep.xlsx.caveats": ("Catatan dan peringatan", "Caveats"),
    "rep.xlsx.sources": ("Sumber data (batch unggahan)", "Data sources (upload batches)"),
    "rep.xlsx.formats": ("Format", "Formats"),
    "rep.xlsx.formats_text": (
        "Angka disimpan sebagai angka (bisa dijumlah); persen sebagai persen, Rupiah sebagai "
        "Rupiah, tanggal sebagai tanggal. Satu lembar per bagian; baris judul dapat difilter.",
        "Numbers are stored as numbers (they can be summed); percentages as percent, Rupiah as "
        "Rupiah, dates as dates. One sheet per section; the header row can be filtered.",
    ),
    "rep.xlsx.demo": ("Data contoh", "Sample data"),
    "rep.filter.all": ("semua", "all"),
    "rep.filter.all_platforms": ("semua platform", "all platforms"),
    "rep.filter.platforms": ("platform: {names}", "platforms: {names}"),
    "rep.filter.campaigns": ("kampanye: {names}", "campaigns: {names}"),
    "rep.filter.channels": ("kanal: {names}", "channels: {names}"),
    "rep.filter.label": ("Filter aktif", "Active filters"),
    "rep.table.scroll": (
        "Tabel berisi {n} baris: gulir di dalam tabel untuk melihat semuanya, atau unduh.",
        "The table has {n} rows: scroll inside it to see them all, or download it.",
    ),
    "common.yes": ("Ya", "Yes"),
    "common.no": ("Tidak", "No"),
    # --- early warning, follow-up, agenda (issue 13) ------------------------------------------
    "nav.peringatan": ("Peringatan", "Alerts"),
    "nav.agenda": ("Agenda pimpinan", "Leadership agenda"),
    "alerts.all_topics": ("Semua topik", "All topics"),
    "alerts.today": ("hari ini", "today"),
    "alerts.yesterday": ("kemarin", "yesterday"),
    "alerts.on_day": ("pada {day}", "on {day}"),
    "alerts.words": ("; kata teratas: {words}", "; top words: {words}"),
    "alerts.neg_part": ("; {share} negatif", "; {share} negative"),
    "alerts.explain.volume": (
        "{topic} di {place}: {n} aspirasi {when}, biasanya {usual}",
        "{topic} in {place}: {n} aspirations {when}, usually {usual}",
    ),
    "alerts.explain.negative": (
        "Sentimen negatif naik: {topic} di {place}: {share} negatif {when} (dari {n} aspirasi), "
        "biasanya {usual}",
        "Negative sentiment up: {topic} in {place}: {share} negative {when} (of {n} "
        "aspirations), usually {usual}",
    ),
    "alerts.title": ("Peringatan dini", "Early warning"),
    "alerts.caption": (
        "Lonjakan aspirasi per kabupaten/kota dan topik dibandingkan dengan tingkat biasanya, "
        "serta lonjakan porsi sentimen negatif. Dihitung setelah setiap unggahan.",
        "Surges in aspirations per kabupaten/kota and topic against their usual level, and "
        "jumps in the negative share. Computed after every upload.",
    ),
    "alerts.see_all": ("Semua peringatan", "All alerts"),
    "alerts.open": ("Lihat aspirasinya", "See the aspirations"),
    "alerts.handle": ("Tandai / tugaskan", "Acknowledge / assign"),
    "alerts.assign_to": ("Ditugaskan kepada", "Assigned to"),
    "alerts.note": ("Catatan", "Note"),
    "alerts.ack": ("Tandai sudah ditangani", "Mark as acknowledged"),
    "alerts.ack_by": ("ditandai oleh {who}", "acknowledged by {who}"),
    "alerts.assigned": ("ditugaskan kepada {who}", "assigned to {who}"),
    "alerts.more": ("dan {n} peringatan lain", "and {n} more alerts"),
    "alerts.window": ("Rentang", "Window"),
    "alerts.window_line": ("{period}: {n} peringatan", "{period}: {n} alerts"),
    "alerts.none": (
        "Tidak ada lonjakan yang melewati ambang pada rentang ini.",
        "No surge crossed the thresholds in this window.",
    ),
    "alerts.recompute.title": ("Hitung ulang", "Recompute"),
    "alerts.recompute.caption": (
        "Menghitung ulang peringatan {days} hari terakhir yang berdata. Peringatan yang sudah "
        "ditandai atau ditugaskan tetap disimpan.",
        "Recomputes the alerts of the last {days} days with data. Acknowledged or assigned "
        "alerts are kept.",
    ),
    "alerts.recompute": ("Hitung ulang sekarang", "Recompute now"),
    "alerts.recomputed": ("{n} peringatan dihitung.", "{n} alerts computed."),
    "alerts.method.title": ("Cara menghitung", "How it is computed"),
    "alerts.method": (
        "Jumlah aspirasi sehari per kabupaten/kota × topik dibandingkan dengan **median {baseline} "
        "hari sebelumnya** (hari tanpa aspirasi = 0). Median dan simpangan median absolut (MAD) "
        "tidak terseret oleh satu lonjakan lama, jadi lonjakan berikutnya tetap terlihat. "
        "Peringatan muncul bila jumlahnya minimal **{min_count}**, skor-z robusnya minimal "
        "**{z}** dan minimal **{ratio}×** tingkat biasanya. Peringatan sentimen negatif terpisah: "
        "porsi negatif naik minimal **{jump} poin** dan bermakna (z ≥ {neg_z}). Aspirasi tanpa "
        "kabupaten/kota tidak dihitung.",
        "A day's count per kabupaten/kota × topic is compared with the **median of the previous "
        "{baseline} days** (days without aspirations = 0). The median and the median absolute "
        "deviation (MAD) are not dragged up by an earlier spike, so the next one still shows. "
        "An alert needs at least **{min_count}** aspirations, a robust z-score of at least "
        "**{z}** and at least **{ratio}×** the usual level. A separate negative-sentiment alert: "
        "the negative share is up at least **{jump} points** and significant (z ≥ {neg_z}). "
        "Aspirations without a kabupaten/kota are not counted.",
    ),
    "alerts.settings": ("Ambang (admin)", "Thresholds (admin)"),
    "alerts.settings.save": ("Simpan ambang", "Save thresholds"),
    "setting.alerts.baseline_days": ("Hari pembanding (tingkat biasa)", "Baseline days"),
    "setting.alerts.min_count": ("Jumlah minimal per hari", "Minimum count per day"),
    "setting.alerts.z": ("Skor-z robust minimal", "Minimum robust z-score"),
    "setting.alerts.min_ratio": ("Rasio minimal terhadap biasanya", "Minimum ratio to usual"),
    "setting.alerts.neg_jump": (
        "Kenaikan porsi negatif minimal (0–1)",
        "Minimum rise of the negative share (0–1)",
    ),
    "setting.alerts.neg_z": ("Skor-z porsi negatif minimal", "Minimum z of the negative share"),
    "setting.followup.forward_days": (
        "Batas diteruskan ke OPD (hari kerja)",
        "Forward to OPD within (working days)",
    ),
    "setting.followup.act_days": (
        "Batas ditindaklanjuti (hari kerja)",
        "Act within (working days)",
    ),
    "setting.followup.close_days": ("Batas selesai (hari kerja)", "Close within (working days)"),
    "setting.followup.duplicate_days": (
        "Jendela aspirasi serupa (hari)",
        "Near-duplicate window (days)",
    ),
    "audit.action.alert_acknowledge": ("Tandai peringatan", "Alert acknowledged"),
    "audit.action.alerts_failed": ("Peringatan gagal dihitung", "Alerts failed"),
    "audit.action.setting_update": ("Ubah ambang", "Threshold changed"),
    "audit.action.followup": ("Tindak lanjut aspirasi", "Aspiration follow-up"),
    "audit.action.event_add": ("Tambah agenda", "Agenda event added"),
    "audit.action.event_delete": ("Hapus agenda", "Agenda event deleted"),
    "audit.action.routing_update": ("Ubah rute OPD", "OPD routing changed"),
    "audit.action.holiday_update": ("Ubah hari libur", "Holidays changed"),
    "fu.topic_filter": ("Hanya topik: {topic}", "Only topic: {topic}"),
    "fu.topic_clear": ("Semua topik", "All topics"),
    "fu.by_opd": ("Tindak lanjut per OPD", "Follow-up per OPD"),
    "fu.by_opd.caption": (
        "Siapa yang terlambat: OPD yang dikonfirmasi staf, atau (bila belum) OPD yang disarankan "
        "tabel rute topik. Terlambat = lewat batas hari kerja tahapnya; median hari sampai "
        "selesai dalam hari kalender.",
        "Who is late: the OPD confirmed by staff or, until then, the OPD the topic routing "
        "suggests. Overdue = past the working-day deadline of its stage; median days to close "
        "in calendar days.",
    ),
    "fu.col.opd": ("OPD", "OPD"),
    "fu.col.open": ("Terbuka", "Open"),
    "fu.col.overdue": ("Terlambat", "Overdue"),
    "fu.col.confirmed": ("Terbuka, OPD dikonfirmasi", "Open, OPD confirmed"),
    "fu.col.closed": ("Selesai", "Closed"),
    "fu.col.median_close": ("Median sampai selesai", "Median to close"),
    "fu.col.key": ("Nomor", "Number"),
    "fu.col.detail": ("Rincian", "Details"),
    "fu.no_route": ("(topik tanpa rute OPD)", "(topic without an OPD route)"),
    "fu.title": ("Tindak lanjut", "Follow-up"),
    "fu.opd_confirmed": ("OPD: {opd} (dikonfirmasi {who})", "OPD: {opd} (confirmed by {who})"),
    "fu.opd_suggested": ("Saran OPD dari topik: {opd}", "OPD suggested by the topic: {opd}"),
    "fu.reason_is": ("Alasan ditolak: {reason}", "Rejected because: {reason}"),
    "fu.duplicate_is": ("Duplikat dari aspirasi nomor {key}", "Duplicate of aspiration {key}"),
    "fu.to": ("Ubah status menjadi", "Change status to"),
    "fu.opd": ("OPD tujuan", "OPD"),
    "fu.opd.help": (
        "Untuk 'Diteruskan ke OPD': saran dari tabel rute topik; ubah bila perlu.",
        "For 'Forwarded to OPD': suggested by the topic routing; change it if needed.",
    ),
    "fu.reason": ("Alasan (wajib bila ditolak)", "Reason (required when rejecting)"),
    "fu.reason.help": ("Dicatat bersama perubahan status.", "Kept with the status change."),
    "fu.duplicate_of": (
        "Nomor aspirasi asli (bila duplikat)",
        "Original aspiration number (duplicate)",
    ),
    "fu.duplicate_of.help": (
        "Nomor aspirasi yang sama isinya; lihat daftar aspirasi serupa di bawah.",
        "The number of the aspiration it repeats; see the similar aspirations below.",
    ),
    "fu.save": ("Simpan tindak lanjut", "Save follow-up"),
    "fu.refused": ("Tidak dapat disimpan: {why}", "Not saved: {why}"),
    "fu.saved": ("Status diubah menjadi {state}.", "Status changed to {state}."),
    "fu.similar": (
        "{n} aspirasi serupa (kab/kota sama, isi hampir sama, waktu berdekatan):",
        "{n} similar aspirations (same kab/kota, nearly the same text, close in time):",
    ),
    "fu.group": (
        "Tandai {n} aspirasi serupa sebagai duplikat dari yang ini",
        "Mark the {n} similar aspirations as duplicates of this one",
    ),
    "fu.grouped": (
        "{n} aspirasi ditandai duplikat; tindak lanjut yang ini menutup kelompoknya.",
        "{n} aspirations marked duplicate; following up this one closes the group.",
    ),
    "fu.history": ("Riwayat tindak lanjut", "Follow-up history"),
    "ingest.kind.events": ("Agenda pimpinan (acara)", "Leadership agenda (events)"),
    "ingest.err.event_kind": (
        "Baris {row}, kolom '{column}': jenis acara '{value}' tidak dikenal. Gunakan kunjungan, "
        "FGD, peluncuran, bencana atau lainnya.",
        "Row {row}, column '{column}': unknown event kind '{value}'. Use kunjungan, FGD, "
        "peluncuran, bencana or lainnya.",
    ),
    "agenda.kind.kunjungan": ("kunjungan", "visit"),
    "agenda.kind.fgd": ("FGD", "FGD"),
    "agenda.kind.peluncuran": ("peluncuran program", "programme launch"),
    "agenda.kind.bencana": ("bencana", "disaster"),
    "agenda.kind.lainnya": ("lainnya", "other"),
    "agenda.marker": ("Agenda pimpinan", "Leadership agenda"),
    "agenda.caption": (
        "Kunjungan, FGD, peluncuran program dan bencana yang menjelaskan naik-turunnya grafik. "
        "Acara tampil sebagai bintang di setiap grafik waktu (arahkan kursor untuk judulnya) dan "
        "di ekspor.",
        "Visits, FGDs, programme launches and disasters that explain the bumps in the charts. "
        "Events show as stars on every time chart (hover for their titles) and in the exports.",
    ),
    "agenda.add": ("Tambah acara", "Add an event"),
    "agenda.date": ("Tanggal", "Date"),
    "agenda.title": ("Judul", "Title"),
    "agenda.kabkota": ("Kabupaten/kota", "Kabupaten/kota"),
    "agenda.province": ("Seluruh Banten", "All of Banten"),
    "agenda.kind": ("Jenis", "Kind"),
    "agenda.note": ("Catatan", "Note"),
    "agenda.save": ("Simpan acara", "Save event"),
    "agenda.saved": ("Acara disimpan.", "Event saved."),
    "agenda.import_hint": (
        "Banyak acara sekaligus: Unggah data → jenis 'Agenda pimpinan (acara)' (kolom tanggal, "
        "judul, kab/kota, jenis, catatan).",
        "Many events at once: Upload data → kind 'Leadership agenda (events)' (columns date, "
        "title, kab/kota, kind, note).",
    ),
    "agenda.list": ("Acara dalam periode", "Events in the period"),
    "agenda.none": ("Belum ada acara dalam periode ini.", "No events in this period yet."),
    "agenda.delete": ("Hapus acara terpilih", "Delete the selected event"),
    "agenda.uploaded": (
        "Acara dari unggahan dihapus dengan membatalkan unggahannya.",
        "Uploaded events are removed by undoing their upload.",
    ),
    "agenda.pick": (
        "Pilih satu acara untuk melihat perbandingan sebelum / sesudah.",
        "Pick an event to see its before / after comparison.",
    ),
    "agenda.ba.title": ("Sebelum / sesudah: {title}", "Before / after: {title}"),
    "agenda.ba.caption": (
        "{days} hari sebelum acara dibandingkan dengan {days} hari sejak hari acara, di {place}. "
        "Perbandingan, bukan bukti sebab-akibat: hal lain juga terjadi pada waktu yang sama.",
        "{days} days before the event against {days} days from its day on, in {place}. A "
        "comparison, not proof of cause: other things happen at the same time.",
    ),
    "agenda.ba.partial": (
        "Periode sesudah baru berjalan {n} dari {days} hari: angkanya belum lengkap.",
        "The after window has run {n} of {days} days: its figures are not complete yet.",
    ),
    "agenda.ba.reach": ("Jangkauan", "Reach"),
    "agenda.ba.feedback": ("Aspirasi", "Aspirations"),
    "agenda.ba.net": ("Sentimen bersih", "Net sentiment"),
    "agenda.ba.before": ("sebelum: {v}", "before: {v}"),
    "agenda.sheet": ("Agenda pimpinan", "Leadership agenda"),
    "agenda.col.date": ("Tanggal", "Date"),
    "agenda.col.title": ("Acara", "Event"),
    "agenda.col.kabkota": ("Kab/Kota", "Kab/Kota"),
    "agenda.col.kind": ("Jenis", "Kind"),
    "agenda.note_count": (
        "{n} acara pimpinan dalam periode ini; bintang di grafik tren menandai harinya.",
        "{n} leadership events in this period; stars on the trend chart mark their days.",
    ),
    "nav.tindak_lanjut": ("Rute OPD & hari libur", "OPD routing & holidays"),
    "fu.admin.caption": (
        "Data referensi tindak lanjut: OPD yang disarankan per topik, hari libur nasional dan "
        "cuti bersama (bukan hari kerja), dan batas hari kerja. Setiap perubahan dicatat.",
        "Follow-up reference data: the OPD suggested per topic, national holidays and cuti "
        "bersama (not working days), and the working-day deadlines. Every change is recorded.",
    ),
    "fu.admin.routing": ("Rute topik → OPD", "Topic → OPD routing"),
    "fu.admin.routing.caption": (
        "Saran awal, bukan disposisi resmi: staf tetap mengonfirmasi OPD saat meneruskan.",
        "A starting suggestion, not an official disposition: staff confirm the OPD when "
        "forwarding.",
    ),
    "fu.admin.save_routing": ("Simpan rute", "Save routing"),
    "fu.admin.holidays": (
        "Hari libur nasional dan cuti bersama",
        "National holidays and cuti bersama",
    ),
    "fu.admin.holidays.caption": (
        "Sumber: SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB) tahun "
        "2024, 2025 dan 2026. Tambahkan tahun berikutnya saat SKB-nya terbit, dan perubahan "
        "susulan (misalnya libur tambahan) bila ditetapkan.",
        "Source: SKB 3 Menteri (Ministers of Religious Affairs, Manpower and PANRB) for 2024, "
        "2025 and 2026. Add the next year when its SKB is published, and later changes (such as "
        "extra days off) when they are decided.",
    ),
    "fu.admin.holiday_name": ("Nama", "Name"),
    "fu.admin.source": ("Sumber", "Source"),
    "fu.admin.save_holidays": ("Simpan hari libur", "Save holidays"),
    "fu.admin.deadlines": ("Batas hari kerja", "Working-day deadlines"),
    "fu.admin.saved": ("Tersimpan: {n} baris diubah.", "Saved: {n} rows changed."),
    # --- creator scorecard, share of voice (issue 14) -----------------------------------------
    "nav.kreator": ("Kreator", "Creators"),
    "ingest.field.as_of": ("Per tanggal (jumlah pengikut)", "As of (follower count)"),
    "kreator.caption": (
        "Kartu skor per akun (kreator ICN, akun OPD, media): tingkat interaksi pada basis "
        "masing-masing platform, biaya per hasil bila biaya diketahui, porsi suara per "
        "kabupaten/kota, dan tanda yang perlu dicek.",
        "Scorecard per account (ICN creators, OPD accounts, media): engagement rate on each "
        "platform's own basis, cost per result where the cost is known, share of voice per "
        "regency/city, and signs to check.",
    ),
    "kreator.empty": (
        "Belum ada unggahan untuk filter ini.",
        "No posts for these filters.",
    ),
    "kreator.last_quarter": ("Kuartal lalu", "Last quarter"),
    "kreator.last_quarter.help": (
        "Atur periode ke kuartal kalender sebelumnya ({period}).",
        "Set the period to the previous calendar quarter ({period}).",
    ),
    "kreator.scope": (
        "Periode {period} · kab/kota sasaran: {kabkota} · {weeks} minggu",
        "Period {period} · target regency/city: {kabkota} · {weeks} weeks",
    ),
    "kreator.all_kabkota": ("seluruh Banten", "all of Banten"),
    "kreator.source": ("Jenis akun", "Account type"),
    "kreator.source.all": ("Semua", "All"),
    "kreator.source.icn": ("Kreator ICN", "ICN creators"),
    "kreator.source.opd": ("OPD", "OPD"),
    "kreator.source.media": ("Media", "Media"),
    "kreator.source.lainnya": ("Lainnya", "Other"),
    "kreator.type.icn": ("Kreator ICN", "ICN creator"),
    "kreator.type.opd": ("OPD", "OPD"),
    "kreator.type.media": ("Media", "Media"),
    "kreator.type.lainnya": ("Lainnya", "Other"),
    "kreator.rank_by": ("Urutkan menurut", "Rank by"),
    "kreator.rank_by.engagement_rate": ("Tingkat interaksi", "Engagement rate"),
    "kreator.rank_by.cost_per_engagement": (
        "Biaya per interaksi (termurah)",
        "Cost per engagement (cheapest)",
    ),
    "kreator.rank_by.cost_per_1000_reach": (
        "Biaya per 1.000 jangkauan (termurah)",
        "Cost per 1,000 reach (cheapest)",
    ),
    "kreator.rank_by.engagements": ("Jumlah interaksi", "Engagements"),
    "kreator.rank_by.reach": ("Jangkauan", "Reach"),
    "kreator.min_posts": ("Minimum unggahan", "Minimum posts"),
    "kreator.min_posts.help": (
        "Akun diperingkat hanya bila sekurang-kurangnya sekian unggahannya mendukung angka "
        "yang diurutkan (unggahan berbasis untuk tingkat interaksi, unggahan berbiaya untuk "
        "biaya per hasil).",
        "An account is ranked only when at least this many of its posts back the figure ranked "
        "on (posts with a basis for the rate, posts with a known cost for cost per result).",
    ),
    "kreator.scorecard": ("Kartu skor akun", "Account scorecard"),
    "kreator.scorecard.caption": (
        "Tingkat interaksi = (suka + komentar + bagikan + simpan) ÷ basis platform: Instagram "
        "dan Facebook ÷ pengikut (jumlah terdekat dengan tanggal unggahan), TikTok dan YouTube "
        "÷ tayangan, X ÷ impresi. Angka akun = jumlah interaksi ÷ jumlah basis unggahannya. "
        "Unggahan tanpa angka basis tidak dihitung dan disebutkan jumlahnya. Biaya per hasil "
        "hanya dari unggahan yang biayanya diketahui; biaya tak diketahui tidak dianggap 0.",
        "Engagement rate = (likes + comments + shares + saves) ÷ the platform's basis: Instagram "
        "and Facebook ÷ followers (the count nearest the post date), TikTok and YouTube ÷ views, "
        "X ÷ impressions. An account's rate = its engagements ÷ the sum of its posts' bases. "
        "Posts without the basis figure are left out and counted. Cost per result only from "
        "posts whose cost is known; an unknown cost is never taken as 0.",
    ),
    "kreator.ranked": (
        "{shown} akun diperingkat menurut {by}; {unranked} akun belum memenuhi minimum "
        "{n} unggahan pendukung atau belum punya angkanya.",
        "{shown} accounts ranked by {by}; {unranked} accounts do not yet have the minimum of "
        "{n} backing posts or have no figure for it.",
    ),
    "kreator.none_ranked": (
        "Belum ada akun dengan sekurang-kurangnya {n} unggahan pendukung untuk ukuran ini.",
        "No account has at least {n} backing posts for this measure yet.",
    ),
    "kreator.best": ("Teratas: {who} — {value}", "Top: {who} — {value}"),
    "kreator.unranked": ("Belum diperingkat ({n} akun)", "Not ranked ({n} accounts)"),
    "kreator.download": ("Unduh kartu skor (XLSX)", "Download scorecard (XLSX)"),
    "kreator.basis.followers": ("per pengikut", "per follower"),
    "kreator.basis.views": ("per tayangan", "per view"),
    "kreator.basis.impressions": ("per impresi", "per impression"),
    "kreator.basis.none": ("tanpa basis", "no basis"),
    "kreator.col.rank": ("#", "#"),
    "kreator.col.account": ("Akun", "Account"),
    "kreator.col.type": ("Jenis", "Type"),
    "kreator.col.platform": ("Platform", "Platform"),
    "kreator.col.er": ("Tingkat interaksi", "Engagement rate"),
    "kreator.col.basis": ("Basis", "Basis"),
    "kreator.col.er_posts": ("Unggahan dihitung", "Posts counted"),
    "kreator.col.er_missing": ("Tanpa angka basis", "Without basis figure"),
    "kreator.col.posts": ("Unggahan", "Posts"),
    "kreator.col.reach": ("Jangkauan", "Reach"),
    "kreator.col.views": ("Tayangan", "Views"),
    "kreator.col.engagements": ("Interaksi", "Engagements"),
    "kreator.col.followers": ("Pengikut (terakhir)", "Followers (latest)"),
    "kreator.col.cost": ("Biaya", "Cost"),
    "kreator.col.cost_basis": ("Biaya diketahui", "Cost known"),
    "kreator.col.cpe": ("Biaya per interaksi", "Cost per engagement"),
    "kreator.col.cpm": ("Biaya per 1.000 jangkauan", "Cost per 1,000 reach"),
    "kreator.col.per_week": ("Unggahan/minggu", "Posts/week"),
    "kreator.col.active_weeks": ("Minggu aktif", "Active weeks"),
    "kreator.col.best": ("Unggahan terbaik", "Best post"),
    "kreator.col.target": ("Sasaran utama", "Main target"),
    "kreator.col.home": ("Domisili", "Home"),
    "kreator.col.in_home": ("Unggahan di domisili", "Posts in home"),
    "kreator.col.source": ("Sumber", "Source"),
    "kreator.col.accounts": ("Akun", "Accounts"),
    "kreator.col.kabkota": ("Kab/Kota", "Regency/City"),
    "kreator.col.campaign": ("Kampanye", "Campaign"),
    "kreator.col.icn_share": ("Porsi ICN (jangkauan)", "ICN share (reach)"),
    "kreator.col.reach_per_1000": ("Jangkauan per 1.000 penduduk", "Reach per 1,000 residents"),
    "kreator.col.posts_by_source": ("Unggahan ICN/OPD/media/lain", "Posts ICN/OPD/media/other"),
    "kreator.col.reach_icn": ("Jangkauan ICN", "ICN reach"),
    "kreator.col.reach_opd": ("Jangkauan OPD", "OPD reach"),
    "kreator.col.reach_media": ("Jangkauan media", "Media reach"),
    "kreator.col.reach_other": ("Jangkauan lain", "Other reach"),
    "kreator.col.kind": ("Tanda", "Flag"),
    "kreator.col.when": ("Waktu", "When"),
    "kreator.col.evidence": ("Bukti", "Evidence"),
    "kreator.col.status": ("Status", "Status"),
    "kreator.cost_known": ("{n} dari {m} unggahan", "{n} of {m} posts"),
    "kreator.rp_per": ("Rp {value}", "Rp {value}"),
    "kreator.best_post": ("{rate} · {date} · {title}", "{rate} · {date} · {title}"),
    "kreator.target_share": ("{name} ({pct})", "{name} ({pct})"),
    "kreator.comparison": ("ICN vs OPD vs media", "ICN vs OPD vs media"),
    "kreator.comparison.caption": (
        "Tingkat interaksi dibandingkan per basis: angka per pengikut tidak pernah dirata-rata "
        "dengan angka per tayangan.",
        "Engagement rates are compared per basis: a rate per follower is never averaged with a "
        "rate per view.",
    ),
    "kreator.sov": ("Porsi suara per kabupaten/kota", "Share of voice per regency/city"),
    "kreator.sov.caption": (
        "Unggahan dan jangkauan yang menyebut kab/kota, menurut sumber. Unggahan tingkat "
        "provinsi (tanpa kab/kota) tidak masuk. Filter kab/kota tidak berlaku di tabel ini: "
        'semua kab/kota dibandingkan. Ukuran "Porsi ICN" juga ada di Peta Banten.',
        "Posts and reach naming the regency/city, by source. Province-wide posts (no "
        "regency/city) are not included. The regency/city filter does not apply here: all are "
        'compared. The "ICN share" measure is also on the Banten map.',
    ),
    "kreator.heard_least": (
        "Paling jarang terdengar (jangkauan per 1.000 penduduk terendah): {items}",
        "Heard least (lowest reach per 1,000 residents): {items}",
    ),
    "kreator.sov_campaign": ("Porsi suara per kampanye", "Share of voice per campaign"),
    "kreator.no_campaign": ("(tanpa kampanye)", "(no campaign)"),
    "kreator.province_wide": ("(seluruh Banten)", "(all of Banten)"),
    "kreator.flags": ("Perlu dicek", "To check"),
    "kreator.flags.caption": (
        "Tanda otomatis, bukan vonis: lonjakan pengikut mendadak (dari ikhtisar harian akun), "
        "interaksi jauh di atas median akun itu sendiri, dan komentar salin-tempel serentak. "
        "Bukti tercantum di setiap baris; periksa sebelum menyimpulkan.",
        "Automatic signs, not verdicts: sudden follower jumps (from daily account overviews), "
        "engagement far above the account's own median, and copy-paste comment bursts. The "
        "evidence is on every row; check before concluding.",
    ),
    "kreator.flags.none": (
        "Tidak ada tanda yang perlu dicek untuk filter ini.",
        "Nothing to check for these filters.",
    ),
    "kreator.flags.more": (
        "Ditampilkan {shown} dari {n} tanda; semuanya ada di unduhan XLSX.",
        "Showing {shown} of {n} flags; all are in the XLSX download.",
    ),
    "kreator.flag.status": ("perlu dicek", "to check"),
    "kreator.flag.follower_jump": ("Lonjakan pengikut", "Follower jump"),
    "kreator.flag.engagement_outlier": (
        "Interaksi jauh di atas median",
        "Engagement far above median",
    ),
    "kreator.flag.comment_burst": ("Komentar salin-tempel", "Copy-paste comments"),
    "kreator.flag.follower_jump.evidence": (
        "+{gain} pengikut pada {date} (dari {before} pada {prev} menjadi {after}, {pct}); "
        "median perubahan harian akun ini {median} dari {days} hari.",
        "+{gain} followers on {date} (from {before} on {prev} to {after}, {pct}); this "
        "account's median daily change is {median} over {days} days.",
    ),
    "kreator.flag.engagement_outlier.evidence": (
        "Tingkat interaksi {rate} {basis} ({eng} ÷ {den}) pada {date}, {times}× median akun "
        'ini ({median} dari {n} unggahan): "{title}"',
        "Engagement rate {rate} {basis} ({eng} ÷ {den}) on {date}, {times}× this account's "
        'median ({median} over {n} posts): "{title}"',
    ),
    "kreator.flag.comment_burst.evidence": (
        "{authors} penulis berbeda mengirim teks yang sama/nyaris sama dalam {minutes} menit "
        '(mulai {start}, {comments} komentar, kanal {channels}; a.l. {names}): "{example}"',
        "{authors} different authors sent the same or near-same text within {minutes} minutes "
        '(from {start}, {comments} comments, channel {channels}; e.g. {names}): "{example}"',
    ),
    "kreator.map.metric": ("Porsi ICN (%)", "ICN share (%)"),
    "kreator.map.help": (
        "Porsi jangkauan kreator ICN dari seluruh jangkauan unggahan yang menyebut kab/kota "
        "ini (ICN ÷ semua sumber × 100). Tanpa unggahan: tanpa nilai.",
        "ICN creators' share of all reach of posts naming this regency/city (ICN ÷ all "
        "sources × 100). No posts: no value.",
    ),
    "kreator.cli.empty": ("Tidak ada unggahan untuk filter ini.", "No posts for these filters."),
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
    # --- kecamatan/desa → kab/kota (issue 11, helper r-g-kec): one block for the lead to move ---
    "ingest.field.kecamatan": ("Kecamatan", "District (kecamatan)"),
    "ingest.field.desa": ("Desa/kelurahan", "Village (desa/kelurahan)"),
    "region.err.conflict": (
        "Baris {row}, kolom '{column}' ({label}): '{value}' tidak terletak di kab/kota yang tertulis di baris ini. Perbaiki kab/kota atau {label} baris ini lalu unggah lagi (kecamatan/desa tidak pernah menimpa kab/kota).",
        "Row {row}, column '{column}' ({label}): '{value}' does not lie in the regency/city written in this row. Correct the regency/city or the {label} of this row and upload again (a district/village never overrides the regency/city).",
    ),
}


def t(key: str, lang: str = DEFAULT_LANG, **kwargs: object) -> str:
    """The text for `key` in `lang`; a missing key shows itself so it is noticed, never crashes."""
    pair = CATALOG.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**kwargs) if kwargs else text


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def fmt_int(value: object) -> str:
    """1234567 → '1.234.567'."""
    if _is_missing(value):
        return "—"
    return f"{round(float(value)):,}".replace(",", ".")


def fmt_num(value: object, decimals: int = 1) -> str:
    """1234.5 → '1.234,5' (Indonesian separators)."""
    if _is_missing(value) or (isinstance(value, float) and math.isinf(value)):
        return "—"
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def fmt_pct(value: object, decimals: int = 1, signed: bool = False) -> str:
    """0.1234 → '12,3%' (value is a fraction)."""
    if _is_missing(value):
        return "—"
    text = fmt_num(float(value) * 100, decimals)
    if signed and float(value) > 0:
        text = "+" + text
    return text + "%"


def fmt_compact(value: object, lang: str = DEFAULT_LANG) -> str:
    """Large figures for cards: 1.234.567 → '1,2 jt' (id) / '1,2 M' (en); 12.400 → '12,4 rb'.
    The decimal comma stays in English too: figures are read beside Indonesian reports."""
    if _is_missing(value):
        return "—"
    v = float(value)
    units = (
        [(1e12, " T"), (1e9, " M"), (1e6, " jt"), (1e3, " rb")]
        if lang != "en"
        else [(1e12, " T"), (1e9, " B"), (1e6, " M"), (1e3, " K")]
    )
    for size, suffix in units:
        if abs(v) >= size:
            num = v / size
            text = f"{num:.1f}" if abs(num) < 100 else f"{num:.0f}"
            return text.replace(".", ",") + suffix
    return fmt_int(v)


def fmt_date(
    value: date | datetime | pd.Timestamp | None, lang: str = DEFAULT_LANG, short: bool = False
) -> str:
    """date(2024, 7, 1) → '1 Juli 2024' ('1 Jul 2024' when short)."""
    if _is_missing(value):
        return "—"
    d = pd.Timestamp(value)
    months = BULAN_SINGKAT if short else (MONTHS_EN if lang == "en" else BULAN)
    return f"{d.day} {months[d.month - 1]} {d.year}"


def fmt_datetime(value: date | datetime | pd.Timestamp | None, lang: str = DEFAULT_LANG) -> str:
    """'1 Juli 2024 14.05' (Indonesian writes the time with a dot)."""
    if _is_missing(value):
        return "—"
    d = pd.Timestamp(value)
    sep = ":" if lang == "en" else "."
    return f"{fmt_date(d, lang)} {d.hour:02d}{sep}{d.minute:02d}"


def fmt_period(start: date | None, end: date | None, lang: str = DEFAULT_LANG) -> str:
    """'1 Juli 2024 – 30 September 2024'."""
    return f"{fmt_date(start, lang)} – {fmt_date(end, lang)}"
