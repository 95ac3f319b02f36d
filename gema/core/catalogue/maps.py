"""i18n catalogue, map page, regions and reference data (issue 3).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
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
    "map.ikm_unknown_n": (
        "⚠ {n} unit-periode dari rekap tanpa jumlah responden tidak masuk IKM di peta ini "
        "(tanpa bobot responden tidak dapat digabung): {names}. IKM tiap unit itu ada di halaman "
        "Kepuasan.",
        "⚠ {n} unit-periods from recaps without a respondent count are not in the IKM on this "
        "map (without respondent weights they cannot be pooled): {names}. Each unit's IKM is on "
        "the Satisfaction page.",
    ),
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
}
