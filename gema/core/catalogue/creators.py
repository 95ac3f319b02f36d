"""i18n catalogue, creator scorecard and share of voice (issue 14).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
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
}
