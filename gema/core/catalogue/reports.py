"""i18n catalogue, reports and screens (issue 12).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
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
    "rep.caveat.ikm_unknown_n": (
        "{n} unit-periode dari rekap instansi tanpa jumlah responden tidak masuk IKM gabungan "
        "(yang dibobot menurut responden). IKM tiap unit itu, tanpa bobot: catatan pembicara dan "
        "lembar 'ikm_tanpa_n' di XLSX.",
        "{n} unit-periods from agency recaps without a respondent count are not in the pooled "
        "IKM (weighted by respondents). Each unit's unweighted IKM: speaker notes and the "
        "'ikm_tanpa_n' sheet of the XLSX.",
    ),
    "rep.caveat.ikm_head_ok": (
        "IKM {ikm} dihitung dari {n} responden; sampel cukup menurut Krejcie–Morgan (minimal "
        "{needed}).",
        "IKM {ikm} comes from {n} respondents; the sample is large enough by Krejcie–Morgan "
        "(minimum {needed}).",
    ),
    "rep.caveat.ikm_head_short": (
        "IKM {ikm}: sampel kurang menurut Krejcie–Morgan ({n} responden, minimal {needed}); IKM "
        "dan mutu belum dapat diandalkan.",
        "IKM {ikm}: sample too small by Krejcie–Morgan ({n} respondents, minimum {needed}); IKM "
        "and grade are not reliable yet.",
    ),
    "rep.caveat.ikm_head_unknown": (
        "IKM {ikm} dari {n} responden; n tidak diketahui (jumlah pengguna layanan belum diisi), "
        "jadi sampel hanya diuji dengan batas {min} responden.",
        "IKM {ikm} from {n} respondents; N unknown (number of service users not entered), so "
        "the sample is only checked against {min} respondents.",
    ),
    "rep.caveat.ikm_head_unknown_short": (
        "IKM {ikm}: n tidak diketahui (jumlah pengguna layanan belum diisi) dan hanya {n} "
        "responden (kurang dari {min}); IKM dan mutu belum dapat diandalkan.",
        "IKM {ikm}: N unknown (number of service users not entered) and only {n} respondents "
        "(fewer than {min}); IKM and grade are not reliable yet.",
    ),
    "rep.caveat.ikm_head_groups": (
        "{k} dari {m} kab/kota sampelnya kurang (lihat slide IKM).",
        "{k} of {m} regencies/cities have too small a sample (see the IKM slide).",
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
    "rep.table.phone_more": (
        "Menampilkan {n} dari {total} baris. Tabel lengkap: unduh di bawah atau buka di layar "
        "lebar.",
        "Showing {n} of {total} rows. The whole table: download it below or open a wide screen.",
    ),
    "rep.table.phone_more_pick": (
        "Menampilkan {n} dari {total} baris. Semua baris ada di tabel di bawah: ketuk baris untuk "
        "memilih; kolom pertama tetap terlihat saat tabel digeser ke samping.",
        "Showing {n} of {total} rows. All rows are in the table below: tap a row to pick it; the "
        "first column stays in view when you scroll the table sideways.",
    ),
    "rep.table.phone_pick": (
        "Ketuk baris di tabel di bawah untuk memilih; kolom pertama tetap terlihat saat tabel "
        "digeser ke samping.",
        "Tap a row in the table below to pick it; the first column stays in view when you scroll "
        "the table sideways.",
    ),
    "rep.table.phone_edit": (
        "Tabel ini lebih lebar dari layar: geser ke samping untuk kolom lain (kolom pertama tetap "
        "terlihat), atau sunting di layar lebar.",
        "This table is wider than the screen: scroll sideways for the other columns (the first "
        "stays in view), or edit it on a wide screen.",
    ),
    "rep.table.phone_download": ("Unduh tabel lengkap (CSV)", "Download the whole table (CSV)"),
    "common.yes": ("Ya", "Yes"),
    "common.no": ("Tidak", "No"),
}
