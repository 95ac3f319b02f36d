"""i18n catalogue, dashboards: ringkasan, jangkauan, aspirasi (issue 3).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
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
    "dash.a.search": ("Cari teks, pengirim atau topik", "Search text, author or topic"),
    "dash.a.search.placeholder": ("mis. banjir, jalan rusak", "e.g. flood, damaged road"),
    "dash.a.status": ("Status", "Status"),
    "dash.a.sentiment_filter": ("Sentimen", "Sentiment"),
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
}
