"""i18n catalogue, presentation, FGD and exports (issue 5).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
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
    "pres.kpi.ikm_line": ("Mutu {mutu} · n = {n} responden", "Grade {mutu} · n = {n} respondents"),
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
}
