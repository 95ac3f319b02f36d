"""i18n catalogue, app shell, navigation, filters and common texts.

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
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
}
