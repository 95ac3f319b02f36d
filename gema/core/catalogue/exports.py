"""i18n catalogue, real exports, round two (issue 11).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
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
}
