"""i18n catalogue, ingest pipeline, import CLI and upload page (issue 2).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
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
    "ingest.progress.read": ("membaca", "reading"),
    "ingest.progress.check": ("memeriksa", "checking"),
    "ingest.progress.load": ("memuat", "loading"),
    "ingest.progress.rows": (
        "{step} {rows} / {total} baris",
        "{step} {rows} / {total} rows",
    ),
    "ingest.progress.rows_about": (
        "{step} {rows} / ±{total} baris",
        "{step} {rows} / ~{total} rows",
    ),
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
    # kecamatan/desa → kab/kota (issue 11)
    "ingest.field.kecamatan": ("Kecamatan", "District (kecamatan)"),
    "ingest.field.desa": ("Desa/kelurahan", "Village (desa/kelurahan)"),
    "region.err.conflict": (
        "Baris {row}, kolom '{column}' ({label}): '{value}' tidak terletak di kab/kota yang "
        "tertulis di baris ini. Perbaiki kab/kota atau {label} baris ini lalu unggah lagi "
        "(kecamatan/desa tidak pernah menimpa kab/kota).",
        "Row {row}, column '{column}' ({label}): '{value}' does not lie in the regency/city "
        "written in this row. Correct the regency/city or the {label} of this row and upload "
        "again (a district/village never overrides the regency/city).",
    ),
}
