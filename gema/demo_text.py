"""Vocabulary for the demo data: places, names, campaign captions and feedback templates.

Kept apart from the generator (gema/demo.py) so the wording can be improved without touching the
sampling logic. Everything here is invented for demonstration; place names are real Banten
kecamatan and roads so that the text reads naturally, but the events described are fictitious.

Feedback templates are written in plain Indonesian; the generator then varies them (slang,
typos, elongation, emoji, casing). Slots: {lokasi} kecamatan, {jalan} road, {rs} health facility,
{durasi} a duration, {n} a small number, {intens} an intensifier, {samsat} a Samsat office.
"""

from __future__ import annotations

# --- places ---------------------------------------------------------------------------------
KECAMATAN: dict[str, list[str]] = {
    "3601": [
        "Labuan",
        "Menes",
        "Cibaliung",
        "Saketi",
        "Carita",
        "Sumur",
        "Cikeusik",
        "Panimbang",
        "Pandeglang",
        "Kaduhejo",
        "Cadasari",
        "Jiput",
    ],
    "3602": [
        "Rangkasbitung",
        "Malingping",
        "Bayah",
        "Cipanas",
        "Cibeber",
        "Maja",
        "Leuwidamar",
        "Warunggunung",
        "Cileles",
        "Panggarangan",
        "Cimarga",
        "Wanasalam",
    ],
    "3603": [
        "Balaraja",
        "Tigaraksa",
        "Cikupa",
        "Pasar Kemis",
        "Curug",
        "Kelapa Dua",
        "Teluknaga",
        "Sepatan",
        "Kosambi",
        "Mauk",
        "Kresek",
        "Legok",
    ],
    "3604": [
        "Anyer",
        "Ciruas",
        "Cikande",
        "Kramatwatu",
        "Kragilan",
        "Pontang",
        "Cinangka",
        "Baros",
        "Petir",
        "Padarincang",
        "Tirtayasa",
        "Pabuaran",
    ],
    "3671": [
        "Ciledug",
        "Karawaci",
        "Cipondoh",
        "Batuceper",
        "Larangan",
        "Periuk",
        "Jatiuwung",
        "Benda",
        "Neglasari",
        "Pinang",
        "Cibodas",
        "Karang Tengah",
    ],
    "3672": [
        "Ciwandan",
        "Pulomerak",
        "Jombang",
        "Citangkil",
        "Cibeber",
        "Grogol",
        "Purwakarta",
        "Cilegon",
    ],
    "3673": ["Kasemen", "Walantaka", "Cipocok Jaya", "Taktakan", "Curug", "Serang"],
    "3674": [
        "Pamulang",
        "Ciputat",
        "Serpong",
        "Pondok Aren",
        "Setu",
        "Ciputat Timur",
        "Serpong Utara",
    ],
}
JALAN: dict[str, list[str]] = {
    "3601": [
        "Jalan Raya Labuan-Carita",
        "Jalan Saketi-Malingping",
        "Jalan Pandeglang-Labuan",
        "jalan Cibaliung-Sumur",
    ],
    "3602": [
        "Jalan Rangkasbitung-Cikande",
        "Jalan Saketi-Malingping",
        "jalan raya Bayah",
        "Jalan Cipanas-Warung Banten",
    ],
    "3603": [
        "Jalan Raya Legok",
        "Jalan Raya Mauk",
        "jalan raya Kresek",
        "Jalan Raya Pasar Kemis",
        "Jalan Raya Cisoka",
    ],
    "3604": [
        "Jalan Raya Cinangka",
        "Jalan Raya Petir",
        "jalan Palima-Baros",
        "Jalan Raya Pontang",
        "Jalan Raya Anyer",
    ],
    "3671": ["Jalan Hasyim Ashari", "Jalan Raden Saleh", "jalan Imam Bonjol", "Jalan Raya Periuk"],
    "3672": [
        "Jalan Lingkar Selatan Cilegon",
        "Jalan Raya Merak",
        "jalan raya Bojonegara",
        "Jalan Raya Anyer Ciwandan",
    ],
    "3673": ["Jalan Lingkar Selatan", "jalan raya Kasemen", "Jalan Ciracas", "Jalan Raya Taktakan"],
    "3674": [
        "Jalan Raya Puspiptek",
        "jalan Pajajaran Pamulang",
        "Jalan Raya Ciater",
        "Jalan Siliwangi",
    ],
}
GENERIC_LOKASI = ["kampung saya", "desa kami", "daerah saya", "lingkungan kami", "sini"]
GENERIC_JALAN = ["jalan provinsi", "jalan depan rumah", "jalan ke kampung saya", "jalan utama"]
RS = ["RSUD Banten", "RSUD Malingping", "puskesmas", "puskesmas kecamatan", "RSUD", "klinik BPJS"]
SAMSAT = [
    "Samsat Cikokol",
    "Samsat Kota Serang",
    "Samsat Ciputat",
    "Samsat Cilegon",
    "Samsat Balaraja",
    "Samsat Pandeglang",
    "Samsat Rangkasbitung",
    "Samsat Ciruas",
]
DURASI = [
    "2 minggu",
    "sebulan",
    "3 bulan",
    "setengah tahun",
    "setahun lebih",
    "2 tahun",
    "berbulan-bulan",
    "dari tahun lalu",
    "5 bulan",
    "seminggu",
]
INTENS = ["banget", "sekali", "parah", "banget", "pisan", "bener"]

# --- people ---------------------------------------------------------------------------------
FIRST_NAMES = [
    "Rizky",
    "Dewi",
    "Asep",
    "Siti",
    "Ahmad",
    "Nurul",
    "Fajar",
    "Putri",
    "Ujang",
    "Rina",
    "Dede",
    "Wulan",
    "Iwan",
    "Fitri",
    "Agus",
    "Ulfa",
    "Hendra",
    "Ayu",
    "Bayu",
    "Neng",
    "Eko",
    "Intan",
    "Dimas",
    "Lestari",
    "Yusuf",
    "Nabila",
    "Ilham",
    "Anisa",
    "Rendi",
    "Mega",
    "Arif",
    "Salsa",
    "Galih",
    "Tiara",
    "Firman",
    "Dinda",
    "Hafiz",
    "Zahra",
    "Jajang",
    "Euis",
    "Maman",
    "Aminah",
    "Rohman",
    "Ratna",
    "Sandi",
    "Cici",
    "Teguh",
    "Laila",
    "Yogi",
    "Nadia",
]
LAST_NAMES = [
    "Pratama",
    "Lestari",
    "Saputra",
    "Rahmawati",
    "Hidayat",
    "Nurhasanah",
    "Maulana",
    "Kurniawan",
    "Susanti",
    "Firmansyah",
    "Setiawan",
    "Wijaya",
    "Permana",
    "Rohimah",
    "Sudrajat",
    "Fauzi",
    "Hasanah",
    "Syahputra",
    "Ramadhan",
    "Jaelani",
    "Suherman",
    "Anggraini",
    "Mulyadi",
    "Safitri",
]
HANDLE_WORDS = [
    "kuliner",
    "jalanjalan",
    "vlog",
    "story",
    "explore",
    "info",
    "daily",
    "travel",
    "foodie",
    "kreatif",
    "cerita",
    "main",
    "ngopi",
    "motret",
    "review",
    "edukasi",
]
PLACE_WORDS = [
    "banten",
    "serang",
    "tangsel",
    "cilegon",
    "lebak",
    "pandeglang",
    "tangerang",
    "anyer",
    "rangkas",
    "labuan",
    "baduy",
    "bantenlama",
    "carita",
    "pamulang",
]
# Place words a creator puts in a handle, by home kab/kota.
HOME_WORDS: dict[str, list[str]] = {
    "3601": ["pandeglang", "labuan", "carita", "tanjunglesung", "banten"],
    "3602": ["lebak", "rangkas", "baduy", "malingping", "banten"],
    "3603": ["tangerang", "cikupa", "tigaraksa", "balaraja", "banten"],
    "3604": ["serang", "anyer", "cinangka", "ciruas", "banten"],
    "3671": ["tangerang", "tangkot", "karawaci", "cipondoh", "banten"],
    "3672": ["cilegon", "merak", "krakatau", "banten"],
    "3673": ["serang", "bantenlama", "kotaserang", "banten"],
    "3674": ["tangsel", "pamulang", "bsd", "ciputat", "banten"],
}
# Second clauses some authors add before the closing words.
FOLLOW_UPS = {
    "negatif": [
        "sudah lapor berkali-kali tapi tidak ada tanggapan",
        "tiap tahun begini terus",
        "warga sudah capek mengeluh",
        "jangan cuma difoto lalu ditinggal",
        "kami bayar pajak tapi begini pelayanannya",
        "tolong pak gubernur turun langsung lihat kondisinya",
        "kasihan lansia dan anak-anak",
        "sudah {durasi} dibiarkan",
    ],
    "netral": [
        "soalnya belum ada info resmi",
        "biar warga tidak bingung",
        "sudah cari di website tapi belum ketemu",
        "terima kasih sebelumnya",
        "tetangga juga pada nanya",
    ],
    "positif": [
        "semoga konsisten ya",
        "lanjutkan!",
        "baru kali ini merasakan langsung manfaatnya",
        "warga sangat terbantu",
        "semoga daerah lain juga kebagian",
        "bangga jadi warga Banten",
    ],
}

ICN_NICHES = [
    "kuliner",
    "wisata",
    "edukasi",
    "komedi",
    "keluarga",
    "olahraga",
    "musik",
    "teknologi",
    "religi",
    "otomotif",
    "fotografi",
    "kesehatan",
]
AUTHOR_LOCATIONS = [
    "Serang, Banten",
    "Tangerang",
    "Tangerang Selatan",
    "Cilegon, Indonesia",
    "Banten",
    "Rangkasbitung",
    "Pandeglang",
    "Jakarta",
    "Indonesia",
    "Bumi",
    "Bogor",
    "Kota Serang",
    "BSD City",
    "Karawaci",
    "Depok",
    "",
    "rumah",
    "Anyer",
    "Kab. Lebak",
    "Bandung",
]
FGD_ROLES = [
    "Perwakilan Karang Taruna",
    "Ketua RT",
    "Ketua RW",
    "Kepala Desa",
    "Tokoh masyarakat",
    "Perwakilan PKK",
    "Mahasiswa",
    "Dosen",
    "Pelaku UMKM",
    "Perwakilan nelayan",
    "Perwakilan petani",
    "Guru",
    "Kader posyandu",
    "Perwakilan ojek online",
    "Pengurus masjid",
    "Perwakilan disabilitas",
    "Bidan desa",
    "Perwakilan LSM",
]

# --- feedback -------------------------------------------------------------------------------
# topic key → weight (overall), sentiment mix (negatif, netral, positif)
TOPICS: dict[str, tuple[float, tuple[float, float, float]]] = {
    "jalan_rusak": (13, (0.74, 0.14, 0.12)),
    "banjir": (8, (0.66, 0.22, 0.12)),
    "sampah": (7, (0.68, 0.18, 0.14)),
    "adminduk": (8, (0.55, 0.25, 0.20)),
    "kesehatan": (9, (0.50, 0.22, 0.28)),
    "pendidikan": (9, (0.45, 0.27, 0.28)),
    "lapangan_kerja": (8, (0.55, 0.33, 0.12)),
    "transportasi": (6, (0.50, 0.30, 0.20)),
    "air_bersih": (5, (0.66, 0.22, 0.12)),
    "listrik": (3, (0.66, 0.22, 0.12)),
    "harga_pangan": (5, (0.62, 0.26, 0.12)),
    "pariwisata": (5, (0.22, 0.30, 0.48)),
    "bansos": (6, (0.52, 0.30, 0.18)),
    "pajak_kendaraan": (5, (0.32, 0.33, 0.35)),
    "apresiasi": (4, (0.05, 0.15, 0.80)),
}
# Month-of-year multipliers (index 0 = January): rainy-season floods and dengue, PPDB in
# June-July, food prices around year end, tourism in holidays.
TOPIC_SEASON: dict[str, list[float]] = {
    "banjir": [2.6, 2.4, 1.8, 1.0, 0.5, 0.3, 0.3, 0.3, 0.4, 0.7, 1.4, 2.2],
    "kesehatan": [1.4, 1.4, 1.2, 1.0, 0.9, 0.8, 0.8, 0.8, 0.9, 1.0, 1.2, 1.4],
    "pendidikan": [0.8, 0.7, 0.7, 0.8, 1.0, 2.4, 2.6, 1.2, 0.8, 0.7, 0.7, 0.7],
    "harga_pangan": [1.2, 1.4, 1.6, 1.1, 0.8, 0.8, 0.8, 0.8, 0.8, 0.9, 1.0, 1.6],
    "pariwisata": [1.3, 0.8, 0.8, 1.2, 1.0, 1.4, 1.5, 1.0, 0.8, 0.8, 0.9, 1.6],
    "air_bersih": [0.6, 0.6, 0.7, 0.8, 1.0, 1.3, 1.6, 1.8, 1.6, 1.2, 0.8, 0.6],
    "pajak_kendaraan": [1.0, 1.0, 1.0, 1.3, 1.6, 1.3, 1.0, 1.0, 0.9, 0.9, 0.9, 1.0],
}

# Casual (social media, WhatsApp) templates by topic and sentiment. Written with standard words
# (tidak, sudah, belum, banget, yang, ...) that the generator turns into slang for some authors.
CASUAL: dict[str, dict[str, list[str]]] = {
    "jalan_rusak": {
        "negatif": [
            "jalan di {lokasi} rusak {intens}, sudah {durasi} tidak diperbaiki",
            "{jalan} kayak kubangan kerbau, lubangnya dalam {intens}. motor saya sampai jatuh",
            "kapan {jalan} dibenerin? tiap hari lewat sini was-was, lubang di mana-mana",
            "sudah {durasi} {jalan} rusak, tiap hujan jadi kolam. tolong jangan cuma janji",
            "jalan ke {lokasi} hancur, ambulans saja susah lewat. pemerintah ke mana?",
            "baru diaspal {n} bulan sudah bolong lagi, kualitasnya jelek {intens}",
            "malu sama provinsi tetangga, jalan provinsi di {lokasi} masih rusak parah",
        ],
        "netral": [
            "kapan jadwal perbaikan {jalan}? mohon infonya",
            "apakah {jalan} itu jalan provinsi atau kabupaten? biar tahu lapornya ke mana",
            "izin tanya, perbaikan jalan di {lokasi} sampai kapan ya? biar bisa cari jalan lain",
            "ada info pengalihan arus selama perbaikan {jalan}?",
        ],
        "positif": [
            "alhamdulillah {jalan} sudah mulus sekarang, terima kasih pemprov",
            "jalan di {lokasi} sudah dicor, perjalanan jadi cepat {intens}. mantap",
            "akhirnya jalan ke {lokasi} diperbaiki juga, warga senang {intens}",
            "salut, laporan jalan rusak kemarin langsung ditangani. gerak cepat",
        ],
    },
    "banjir": {
        "negatif": [
            "{lokasi} banjir lagi, air masuk rumah setinggi {n}0 cm. tiap tahun begini terus",
            "hujan sebentar saja {lokasi} sudah banjir, drainase tidak berfungsi",
            "sudah {n} hari banjir di {lokasi}, bantuan belum datang sama sekali",
            "normalisasi sungai cuma wacana, warga {lokasi} kebanjiran terus",
            "tanggul jebol di {lokasi}, kenapa tidak diperbaiki dari dulu",
        ],
        "netral": [
            "info dong posko pengungsian banjir di {lokasi} di mana ya",
            "apakah ada jadwal normalisasi kali di {lokasi} tahun ini?",
            "nomor BPBD yang bisa dihubungi kalau banjir berapa ya?",
            "update ketinggian air di {lokasi} pagi ini sekitar {n}0 cm",
        ],
        "positif": [
            "terima kasih BPBD sudah sigap evakuasi warga {lokasi}",
            "alhamdulillah setelah saluran dibersihkan {lokasi} tidak banjir lagi",
            "relawan dan petugas gerak cepat bantu korban banjir, mantap",
        ],
    },
    "sampah": {
        "negatif": [
            "sampah numpuk di pinggir jalan {lokasi}, bau {intens} dan tidak diangkut {durasi}",
            "TPS di {lokasi} sudah penuh, sampah sampai ke jalan. tolong diangkut",
            "sungai di {lokasi} penuh sampah plastik, jorok {intens}",
            "truk sampah tidak pernah lewat lagi, warga terpaksa bakar sampah",
        ],
        "netral": [
            "jadwal pengangkutan sampah di {lokasi} hari apa saja ya?",
            "bank sampah di {lokasi} ada tidak ya? mau setor botol plastik",
            "apakah boleh buang sampah besar ke TPS {lokasi}?",
        ],
        "positif": [
            "sekarang {lokasi} bersih, sampah diangkut rutin. terima kasih petugas",
            "program bank sampah keren, warga {lokasi} jadi semangat pilah sampah",
            "salut sama petugas kebersihan yang kerja dari subuh",
        ],
    },
    "adminduk": {
        "negatif": [
            "bikin KTP sudah {durasi} belum jadi juga, katanya blangko habis",
            "antri di Disdukcapil dari subuh, dapat nomor {n}00-an. ribet {intens}",
            "urus KK online tidak bisa-bisa, website error terus",
            "pindah domisili ke {lokasi} prosesnya lama {intens}, bolak-balik terus",
            "kenapa cetak KTP-el harus nunggu {durasi}? padahal butuh buat kerja",
        ],
        "netral": [
            "syarat bikin KK baru setelah menikah apa saja ya?",
            "apakah bisa urus akta kelahiran di kecamatan {lokasi}?",
            "jam buka pelayanan Disdukcapil hari Sabtu ada tidak?",
            "cara cek status pengajuan KTP online gimana ya?",
        ],
        "positif": [
            "urus KK di Disdukcapil cepat {intens}, {n}0 menit sudah jadi. mantap",
            "pelayanan jemput bola KTP di {lokasi} sangat membantu lansia, terima kasih",
            "sekarang akta kelahiran bisa online, tidak ribet lagi",
        ],
    },
    "kesehatan": {
        "negatif": [
            "antri di {rs} lama {intens}, dari pagi sampai sore belum dipanggil",
            "pasien BPJS dinomorduakan di {rs}, kecewa {intens}",
            "puskesmas {lokasi} tutup jam segini, padahal anak saya demam",
            "kasus DBD di {lokasi} naik, tapi belum ada fogging sama sekali",
            "obat di {rs} sering kosong, disuruh beli di luar",
        ],
        "netral": [
            "jadwal vaksin anak di puskesmas {lokasi} kapan ya?",
            "apakah {rs} melayani pasien BPJS untuk cuci darah?",
            "info jadwal posyandu di {lokasi} bulan ini dong",
            "cara daftar BPJS PBI untuk warga tidak mampu gimana?",
        ],
        "positif": [
            "pelayanan di {rs} sekarang ramah dan cepat, terima kasih dokter dan perawat",
            "fogging di {lokasi} sudah dilakukan, terima kasih Dinkes",
            "berobat gratis pakai KTP sangat membantu warga kecil seperti kami",
            "posyandu di {lokasi} aktif {intens}, balita kami rutin ditimbang",
        ],
    },
    "pendidikan": {
        "negatif": [
            "PPDB zonasi tidak adil, rumah dekat sekolah tapi anak saya tidak diterima",
            "katanya sekolah gratis tapi masih ada pungutan seragam {n}00 ribu",
            "website PPDB error terus, orang tua panik {intens}",
            "gedung SMA di {lokasi} atapnya bocor, kasihan anak-anak belajar",
            "guru honorer digaji kecil {intens}, telat pula",
        ],
        "netral": [
            "kapan pengumuman PPDB SMA/SMK tahap {n}?",
            "apakah program sekolah gratis berlaku untuk SMK swasta juga?",
            "syarat beasiswa pemprov untuk mahasiswa apa saja ya?",
            "jalur afirmasi PPDB buat keluarga tidak mampu kuotanya berapa?",
        ],
        "positif": [
            "terima kasih program sekolah gratis, anak saya bisa lanjut SMA",
            "beasiswa dari pemprov sangat membantu, semoga terus ada",
            "SMK di {lokasi} sekarang punya lab baru, keren {intens}",
            "PPDB tahun ini lancar, tidak seperti tahun lalu",
        ],
    },
    "lapangan_kerja": {
        "negatif": [
            "pabrik banyak di Banten tapi warga lokal susah kerja, harus pakai orang dalam",
            "lulusan SMK di {lokasi} banyak yang nganggur, pemerintah tolong perhatikan",
            "job fair cuma formalitas, lamaran tidak pernah dipanggil",
            "di-PHK {durasi} lalu sampai sekarang belum dapat kerja lagi",
        ],
        "netral": [
            "kapan ada pelatihan kerja gratis di BLK {lokasi}?",
            "info job fair Banten bulan ini ada tidak ya?",
            "apakah ada program magang untuk lulusan SMK tahun ini?",
            "cara daftar kartu prakerja gimana ya?",
        ],
        "positif": [
            "ikut pelatihan di BLK, alhamdulillah sekarang sudah kerja",
            "job fair kemarin bagus, saya dapat panggilan interview",
        ],
    },
    "transportasi": {
        "negatif": [
            "macet parah di {jalan} tiap pagi, truk besar lewat jam sibuk",
            "angkot ke {lokasi} jarang {intens}, nunggu bisa {n} jam",
            "lampu lalu lintas di {lokasi} mati sudah {durasi}",
            "antrian kapal di Merak panjang {intens}, mudik jadi tersiksa",
        ],
        "netral": [
            "rute bus Trans Banten lewat {lokasi} tidak ya?",
            "jadwal kapal Merak-Bakauheni malam ini normal?",
            "ada rencana jalur bus dari {lokasi} ke Serang?",
        ],
        "positif": [
            "bus gratis ke {lokasi} sangat membantu anak sekolah, terima kasih",
            "sekarang jalur {jalan} lancar, ada petugas Dishub yang atur",
        ],
    },
    "air_bersih": {
        "negatif": [
            "air PDAM di {lokasi} mati sudah {n} hari, warga terpaksa beli air galon",
            "air sumur di {lokasi} keruh dan bau, tidak layak minum",
            "musim kemarau {lokasi} kekeringan, bantuan air bersih belum datang",
        ],
        "netral": [
            "kapan jaringan air bersih masuk ke {lokasi}?",
            "bantuan air bersih untuk {lokasi} bisa diajukan lewat mana ya?",
        ],
        "positif": [
            "terima kasih sudah kirim tangki air bersih ke {lokasi}",
            "sekarang air bersih sudah mengalir ke rumah warga {lokasi}, alhamdulillah",
        ],
    },
    "listrik": {
        "negatif": [
            "listrik di {lokasi} padam terus, sehari bisa {n} kali",
            "PJU di {jalan} mati semua, gelap {intens} dan rawan begal",
            "kampung di {lokasi} masih ada yang belum dapat listrik",
        ],
        "netral": [
            "lapor lampu jalan mati di {jalan} ke mana ya?",
            "program pasang listrik gratis untuk warga tidak mampu masih ada?",
        ],
        "positif": [
            "lampu jalan di {jalan} sudah nyala semua, sekarang aman pulang malam",
            "terima kasih program listrik desa, kampung kami sudah terang",
        ],
    },
    "harga_pangan": {
        "negatif": [
            "harga beras naik terus, sekarang {n}5 ribu per liter. rakyat kecil makin susah",
            "cabai mahal {intens}, pedagang di pasar {lokasi} mengeluh",
            "minyak goreng langka di {lokasi}, ada juga mahal",
            "operasi pasar cuma sebentar, antri panjang dan cepat habis",
        ],
        "netral": [
            "jadwal operasi pasar murah di {lokasi} kapan ya?",
            "harga telur di pasar {lokasi} hari ini berapa?",
            "apakah ada gerakan pangan murah bulan ini?",
        ],
        "positif": [
            "pasar murah di {lokasi} sangat membantu, harga beras terjangkau",
            "terima kasih pemprov operasi pasarnya tepat sasaran",
        ],
    },
    "pariwisata": {
        "negatif": [
            "akses ke Tanjung Lesung rusak {intens}, wisatawan jadi malas datang",
            "tiket masuk pantai di {lokasi} mahal, fasilitas toilet jorok",
            "pungli parkir di kawasan wisata {lokasi}, tolong ditertibkan",
        ],
        "netral": [
            "rekomendasi wisata keluarga di {lokasi} apa saja ya?",
            "kapan festival budaya Banten digelar tahun ini?",
            "apakah kawasan Banten Lama buka saat libur nasional?",
        ],
        "positif": [
            "Pantai Carita sekarang bersih dan rapi, keren {intens}",
            "festival di Banten Lama kemarin meriah, bangga jadi orang Banten",
            "wisata Baduy luar biasa, pemandunya ramah",
            "kuliner di {lokasi} enak {intens}, sate bandengnya juara",
            "Anyer makin cantik, fasilitasnya sudah lengkap",
        ],
    },
    "bansos": {
        "negatif": [
            "bansos tidak tepat sasaran, tetangga saya mampu malah dapat",
            "sudah daftar DTKS dari {durasi} tapi tidak pernah dapat bantuan",
            "bantuan sembako di {lokasi} dipotong oknum, tolong diusut",
            "lansia di {lokasi} belum terima bantuan, padahal sangat butuh",
        ],
        "netral": [
            "cara cek penerima bansos pakai NIK gimana ya?",
            "kapan penyaluran bantuan tahap {n} untuk {lokasi}?",
            "syarat daftar bantuan untuk lansia apa saja?",
        ],
        "positif": [
            "bantuan untuk lansia di {lokasi} sudah cair, terima kasih",
            "alhamdulillah bantuan modal usaha sudah diterima, semoga berkah",
        ],
    },
    "pajak_kendaraan": {
        "negatif": [
            "bayar pajak di {samsat} antri lama {intens}, loketnya cuma {n}",
            "aplikasi samsat online error terus pas mau bayar",
            "pemutihan cuma sebentar, banyak warga yang tidak tahu",
        ],
        "netral": [
            "pemutihan pajak kendaraan sampai kapan ya?",
            "bayar pajak 5 tahunan bisa di {samsat} hari Sabtu?",
            "syarat balik nama kendaraan di samsat apa saja?",
        ],
        "positif": [
            "program pemutihan pajak sangat membantu, denda saya dihapus",
            "bayar pajak di {samsat} cepat {intens}, {n}0 menit selesai",
            "samsat keliling masuk ke {lokasi}, memudahkan warga",
        ],
    },
    "apresiasi": {
        "negatif": [
            "programnya bagus di postingan, di lapangan tidak terasa",
            "banyak baliho tapi hasil kerjanya mana?",
        ],
        "netral": [
            "semoga programnya berjalan lancar dan merata sampai {lokasi}",
            "ditunggu program selanjutnya untuk warga {lokasi}",
            "info lengkapnya bisa dilihat di mana ya?",
        ],
        "positif": [
            "semangat terus membangun Banten, bangga {intens}",
            "kerja nyata pemprov terasa sampai {lokasi}, terima kasih",
            "mantap programnya, semoga berkelanjutan",
            "keren kontennya, informatif {intens}",
            "Banten maju, rakyat sejahtera. sukses terus",
        ],
    },
}

# Formal templates (LAPOR!, FGD, WhatsApp to the Biro). Any topic not listed falls back to CASUAL.
FORMAL: dict[str, dict[str, list[str]]] = {
    "jalan_rusak": {
        "negatif": [
            "Kami melaporkan kerusakan {jalan} di Kecamatan {lokasi} yang sudah berlangsung "
            "{durasi}. Mohon segera ditindaklanjuti karena membahayakan pengguna jalan.",
            "Warga mengusulkan perbaikan jalan penghubung desa di {lokasi} yang rusak berat dan "
            "menghambat distribusi hasil pertanian.",
        ],
        "netral": [
            "Mohon informasi status kewenangan {jalan} serta rencana pemeliharaannya tahun ini.",
            "Usulan agar perbaikan jalan di {lokasi} diprioritaskan dalam APBD tahun depan.",
        ],
        "positif": [
            "Kami menyampaikan terima kasih atas perbaikan {jalan} yang telah selesai dan kini "
            "dapat dilalui dengan nyaman.",
        ],
    },
    "banjir": {
        "negatif": [
            "Banjir kembali melanda Kecamatan {lokasi} dengan ketinggian air sekitar {n}0 cm. "
            "Mohon penanganan segera dan normalisasi saluran.",
            "Peserta menyampaikan bahwa drainase di {lokasi} tersumbat sehingga banjir setiap "
            "musim hujan.",
        ],
        "netral": [
            "Usulan pembangunan kolam retensi dan normalisasi sungai di wilayah {lokasi}.",
            "Mohon sosialisasi mitigasi bencana banjir bagi warga {lokasi}.",
        ],
        "positif": [
            "Terima kasih kepada BPBD atas respons cepat saat banjir di {lokasi}.",
        ],
    },
    "adminduk": {
        "negatif": [
            "Pengurusan KTP-el atas nama keluarga kami sudah {durasi} belum selesai. Mohon "
            "kejelasan.",
            "Pelayanan administrasi kependudukan di {lokasi} dinilai lambat dan antrean panjang.",
        ],
        "netral": [
            "Usulan layanan jemput bola perekaman KTP-el untuk lansia dan disabilitas di {lokasi}.",
        ],
        "positif": [
            "Kami mengapresiasi layanan Disdukcapil keliling yang hadir di {lokasi}.",
        ],
    },
    "kesehatan": {
        "negatif": [
            "Kami mengeluhkan lamanya antrean pasien di {rs}. Mohon penambahan tenaga medis.",
            "Puskesmas di {lokasi} kekurangan obat dan tenaga kesehatan.",
        ],
        "netral": [
            "Usulan penambahan jadwal posyandu dan penyuluhan stunting di {lokasi}.",
            "Mohon informasi prosedur rujukan pasien BPJS dari puskesmas ke {rs}.",
        ],
        "positif": [
            "Terima kasih atas pelayanan {rs} yang semakin baik dan ramah.",
        ],
    },
    "pendidikan": {
        "negatif": [
            "Kami melaporkan adanya pungutan di sekolah negeri di {lokasi} padahal program "
            "sekolah gratis sudah berjalan.",
            "Sistem zonasi PPDB dinilai merugikan warga {lokasi} yang jauh dari SMA negeri.",
        ],
        "netral": [
            "Usulan pembangunan SMA negeri baru di Kecamatan {lokasi}.",
            "Mohon penjelasan kriteria penerima beasiswa pemerintah provinsi.",
        ],
        "positif": [
            "Kami berterima kasih atas program sekolah gratis yang meringankan beban orang tua.",
        ],
    },
    "lapangan_kerja": {
        "negatif": [
            "Tingkat pengangguran lulusan SMK di {lokasi} masih tinggi. Mohon program penempatan "
            "kerja bagi warga lokal.",
        ],
        "netral": [
            "Usulan pelatihan kerja berbasis kebutuhan industri di BLK wilayah {lokasi}.",
            "Peserta mengusulkan kerja sama pemprov dengan kawasan industri untuk kuota tenaga "
            "kerja lokal.",
        ],
        "positif": [
            "Pelatihan kerja yang diselenggarakan pemprov sangat bermanfaat bagi pemuda {lokasi}.",
        ],
    },
    "sampah": {
        "negatif": [
            "Kami melaporkan tumpukan sampah liar di {lokasi} yang tidak diangkut selama {durasi}.",
        ],
        "netral": [
            "Usulan penambahan armada pengangkut sampah dan TPS3R di {lokasi}.",
        ],
        "positif": [
            "Terima kasih atas program bank sampah yang kini aktif di {lokasi}.",
        ],
    },
    "bansos": {
        "negatif": [
            "Kami melaporkan penyaluran bantuan sosial di {lokasi} yang tidak tepat sasaran.",
        ],
        "netral": [
            "Usulan pemutakhiran data DTKS secara berkala dengan melibatkan RT/RW di {lokasi}.",
        ],
        "positif": [
            "Bantuan sosial untuk lansia di {lokasi} telah diterima dengan baik, terima kasih.",
        ],
    },
}

FORMAL.update(
    {
        "transportasi": {
            "negatif": [
                "Kemacetan di {jalan} pada jam sibuk semakin parah akibat truk bertonase besar. Mohon "
                "pengaturan jam operasional angkutan barang.",
                "Lampu lalu lintas di simpang {lokasi} tidak berfungsi sejak {durasi}.",
            ],
            "netral": [
                "Usulan penambahan trayek angkutan umum dari {lokasi} ke pusat kota.",
                "Mohon informasi rencana pengembangan bus Trans Banten ke wilayah {lokasi}.",
            ],
            "positif": [
                "Kami berterima kasih atas layanan bus sekolah gratis yang melayani {lokasi}.",
            ],
        },
        "air_bersih": {
            "negatif": [
                "Warga {lokasi} kesulitan air bersih selama {durasi}. Mohon bantuan pasokan air.",
                "Kualitas air di {lokasi} keruh dan berbau sehingga tidak layak dikonsumsi.",
            ],
            "netral": [
                "Usulan pembangunan jaringan air bersih dan sumur bor komunal di {lokasi}.",
            ],
            "positif": [
                "Terima kasih atas pembangunan sarana air bersih yang kini dinikmati warga {lokasi}.",
            ],
        },
        "listrik": {
            "negatif": [
                "Penerangan jalan umum di {jalan} padam sejak {durasi} sehingga rawan kejahatan.",
            ],
            "netral": [
                "Usulan pemasangan penerangan jalan umum di ruas jalan menuju {lokasi}.",
            ],
            "positif": [
                "Kami mengapresiasi perbaikan penerangan jalan umum di {jalan}.",
            ],
        },
        "harga_pangan": {
            "negatif": [
                "Harga beras dan cabai di pasar {lokasi} naik tajam dan memberatkan warga.",
            ],
            "netral": [
                "Usulan agar operasi pasar murah digelar rutin setiap bulan di {lokasi}.",
                "Mohon informasi jadwal gerakan pangan murah di Kecamatan {lokasi}.",
            ],
            "positif": [
                "Gerakan pangan murah di {lokasi} sangat membantu warga, terima kasih.",
            ],
        },
        "pariwisata": {
            "negatif": [
                "Kami melaporkan pungutan parkir liar di kawasan wisata {lokasi}.",
                "Akses jalan menuju objek wisata di {lokasi} rusak sehingga wisatawan berkurang.",
            ],
            "netral": [
                "Usulan pelatihan pemandu wisata dan promosi desa wisata di {lokasi}.",
                "Peserta mengusulkan kalender event budaya tahunan yang melibatkan UMKM {lokasi}.",
            ],
            "positif": [
                "Penataan kawasan wisata di {lokasi} sudah baik dan meningkatkan kunjungan.",
            ],
        },
        "pajak_kendaraan": {
            "negatif": [
                "Antrean di {samsat} sangat panjang dan loket pembayaran terbatas.",
            ],
            "netral": [
                "Mohon informasi batas waktu program pemutihan pajak kendaraan bermotor.",
                "Usulan layanan Samsat keliling dijadwalkan rutin di Kecamatan {lokasi}.",
            ],
            "positif": [
                "Program pemutihan pajak kendaraan sangat meringankan warga, terima kasih.",
            ],
        },
        "apresiasi": {
            "negatif": [
                "Program pemerintah provinsi belum dirasakan merata oleh warga {lokasi}.",
            ],
            "netral": [
                "Usulan agar setiap program provinsi disosialisasikan langsung ke desa-desa di "
                "{lokasi}.",
                "Peserta berharap forum seperti ini diadakan rutin setiap tahun.",
            ],
            "positif": [
                "Kami mengapresiasi kehadiran pemerintah provinsi mendengar aspirasi warga {lokasi}.",
            ],
        },
    }
)

OPENERS_FGD = [
    "",
    "",
    "",
    "Aspirasi peserta: ",
    "Catatan notulen: ",
    "Masukan: ",
    "Peserta dari {lokasi}: ",
]

OPENERS_CASUAL = {
    "negatif": [
        "",
        "",
        "",
        "min, ",
        "pak gub, ",
        "tolong min, ",
        "@bantenprov ",
        "lapor min, ",
        "gimana nih, ",
        "maaf mau komplain, ",
        "halo pemprov, ",
    ],
    "netral": [
        "",
        "",
        "",
        "min, ",
        "permisi min, ",
        "halo kak, ",
        "@bantenprov ",
        "izin tanya, ",
        "mau tanya, ",
    ],
    "positif": ["", "", "", "wah ", "mantap, ", "alhamdulillah, ", "@bantenprov ", "keren, "],
}
OPENERS_FORMAL = [
    "",
    "",
    "Assalamualaikum. ",
    "Dengan hormat, ",
    "Selamat siang. ",
    "Mohon izin menyampaikan. ",
    "Yth. Bapak/Ibu, ",
]
TAILS_CASUAL = {
    "negatif": [
        "",
        "",
        "",
        " tolong diperhatikan",
        " jangan cuma janji",
        " pemerintah ke mana?",
        " capek deh",
        " sudah viral baru gerak?",
        " kecewa",
        " tolong segera",
        " malu sama daerah lain",
        " #BantenDarurat",
    ],
    "netral": [
        "",
        "",
        "",
        " makasih",
        " mohon infonya",
        " ditunggu jawabannya",
        " terima kasih min",
        " 🙏",
    ],
    "positif": [
        "",
        "",
        "",
        " mantap",
        " mantul",
        " keren",
        " terima kasih pemprov",
        " gercep",
        " semoga konsisten",
        " sukses terus",
        " #BantenJuara",
    ],
}
TAILS_FORMAL = {
    "negatif": [
        "",
        "",
        " Terima kasih.",
        " Atas perhatiannya kami ucapkan terima kasih.",
        " Wassalam.",
        " Hormat kami.",
    ],
    "netral": [
        "",
        "",
        " Terima kasih.",
        " Atas perhatiannya kami ucapkan terima kasih.",
        " Wassalam.",
    ],
    "positif": ["", "", " Semoga terus ditingkatkan.", " Wassalam.", " Salam hormat."],
}
EMOJI = {
    "negatif": ["😡", "🤬", "😤", "😢", "😩", "🙄", "😠😠", "🤦", "💔", "😭"],
    "netral": ["🙏", "🤔", "🙏🙏", "😊", "👀"],
    "positif": ["👍", "🙏", "😊", "❤️", "🔥", "👏👏", "💯", "😍", "🥰", "👍👍"],
}

# Slang: (regex on a word boundary, [replacements]); applied with a per-author probability.
SLANG: list[tuple[str, list[str]]] = [
    (r"\btidak\b", ["gak", "ga", "nggak", "tdk", "enggak", "gk", "ngga"]),
    (r"\bsudah\b", ["udah", "udh", "dah", "sdh"]),
    (r"\bbelum\b", ["blm", "belom", "blom"]),
    (r"\bbanget\b", ["bgt", "bngt", "bgtt"]),
    (r"\byang\b", ["yg"]),
    (r"\bdengan\b", ["dgn", "sama"]),
    (r"\buntuk\b", ["utk", "buat"]),
    (r"\bterima kasih\b", ["makasih", "trims", "terimakasih", "trimakasih", "tq"]),
    (r"\bsaya\b", ["sy", "aku", "gw", "saya"]),
    (r"\bkenapa\b", ["knp", "napa", "kenapa sih"]),
    (r"\bsampai\b", ["sampe", "smp"]),
    (r"\bgimana\b", ["gmn", "gimana"]),
    (r"\bkarena\b", ["krn", "soalnya"]),
    (r"\bsaja\b", ["aja"]),
    (r"\bbagaimana\b", ["gimana", "gmn"]),
    (r"\bsekarang\b", ["skrg", "skrng", "sekarang"]),
    (r"\btolong\b", ["tlg", "tolong"]),
    (r"\bpemerintah\b", ["pemerintah", "pemda", "pemkot", "pemprov"]),
    (r"\bjuga\b", ["jg"]),
    (r"\bbisa\b", ["bs", "bisa"]),
    (r"\bseperti\b", ["kayak", "kaya"]),
    (r"\bhari\b", ["hr", "hari"]),
    (r"\bkapan\b", ["kpn", "kapan"]),
    (r"\bmantap\b", ["mantul", "mantab", "mantappp"]),
    (r"\bcepat\b", ["cepet", "cpt"]),
    (r"\bsemoga\b", ["smg", "semoga"]),
]
# Frequent misspellings, applied with a small probability per row.
TYPOS: list[tuple[str, list[str]]] = [
    (r"\bdiperbaiki\b", ["di perbaiki", "diperbaikin", "diperbaiiki"]),
    (r"\brusak\b", ["rusakk", "rsak", "rusakkk"]),
    (r"\bparah\b", ["parahhh", "parh", "parahh"]),
    (r"\bpelayanan\b", ["pelayana", "pelayann", "playanan"]),
    (r"\bsekolah\b", ["sekolh", "skolah"]),
    (r"\bkecewa\b", ["kecewaa", "kcewa"]),
    (r"\bbanjir\b", ["banjirr", "bnjir"]),
    (r"\bsampah\b", ["smpah", "sampahh"]),
    (r"\bmohon\b", ["mhn", "mohonn"]),
    (r"\bbantuan\b", ["bantuannya", "bntuan"]),
    (r"\bantri\b", ["ngantri", "antre", "antriii"]),
    (r"\blama\b", ["lamaaa", "lma"]),
    (r"\bjalan\b", ["jln", "jl", "jalan"]),
    (r"\bkeren\b", ["kerennn", "kern"]),
    (r"\bsenang\b", ["seneng", "senengg"]),
]

# SKM open-text suggestions by the respondent's overall satisfaction.
SKM_SARAN = {
    "negatif": [
        "Antrean terlalu lama, mohon loket ditambah",
        "Petugas kurang ramah dan kurang informatif",
        "Persyaratan berbelit, informasinya tidak jelas",
        "Ruang tunggu panas dan kursi kurang",
        "Sistem online sering error",
        "Parkiran sempit dan tidak tertib",
        "Jam pelayanan sering molor dari jadwal",
        "Ada calo di sekitar kantor, mohon ditertibkan",
        "Toilet kotor dan tidak ada air",
        "Pengaduan saya belum ditanggapi sampai sekarang",
    ],
    "netral": [
        "Mohon jam pelayanan diperpanjang sampai sore",
        "Sebaiknya ada nomor antrean online",
        "Perlu papan informasi alur pelayanan yang lebih jelas",
        "Tambahkan layanan pembayaran non-tunai",
        "Mohon disediakan jalur khusus lansia dan disabilitas",
        "Semoga ada layanan di hari Sabtu",
    ],
    "positif": [
        "Pelayanan sudah baik, pertahankan",
        "Petugas ramah dan cepat, terima kasih",
        "Prosesnya mudah dan tidak dipungut biaya",
        "Ruang tunggu nyaman dan bersih",
        "Sangat puas dengan pelayanannya",
        "Sudah bagus, semoga makin cepat",
    ],
}

# --- campaigns ------------------------------------------------------------------------------
# name, theme, owning OPD, start (day of the demo year), length in days, target kab/kota
# (None = seluruh Banten), communication budget (IDR), hashtag, related feedback topic, captions.
# {wilayah} becomes the post's kab/kota name or "seluruh Banten".
CAMPAIGNS: list[dict] = [
    dict(
        name="Banten Bebas Stunting",
        theme="Kesehatan ibu dan anak",
        opd="Dinas Kesehatan",
        start=20,
        days=300,
        target=["3601", "3602", "3604"],
        budget=2_150_000_000,
        tag="BantenBebasStunting",
        topic="kesehatan",
        captions=[
            "Cegah stunting sejak 1000 hari pertama kehidupan. Yuk rutin ke posyandu di {wilayah}!",
            "Isi piringku: protein hewani setiap hari untuk tumbuh kembang anak di {wilayah}",
            "Kader posyandu {wilayah} turun ke rumah warga memantau gizi balita",
            "Ibu hamil wajib periksa minimal 6 kali. Gratis di puskesmas {wilayah}",
        ],
    ),
    dict(
        name="Jalan Mulus Banten",
        theme="Infrastruktur jalan",
        opd="Dinas PUPR",
        start=60,
        days=250,
        target=None,
        budget=1_800_000_000,
        tag="JalanMulusBanten",
        topic="jalan_rusak",
        captions=[
            "Progres perbaikan ruas jalan provinsi di {wilayah} sudah mencapai tahap pengaspalan",
            "Laporkan jalan provinsi yang rusak di {wilayah} lewat kanal pengaduan resmi",
            "Target kemantapan jalan provinsi tahun ini: jalan mulus sampai {wilayah}",
            "Pengecoran ruas jalan di {wilayah} dikebut sebelum musim hujan",
        ],
    ),
    dict(
        name="Banten Juara",
        theme="Citra dan capaian daerah",
        opd="Biro Adpim",
        start=0,
        days=365,
        target=None,
        budget=3_200_000_000,
        tag="BantenJuara",
        topic="apresiasi",
        captions=[
            "Capaian pembangunan Provinsi Banten tahun ini untuk warga {wilayah}",
            "Gubernur Banten meninjau langsung program prioritas di {wilayah}",
            "Bersama membangun Banten yang maju dan berdaya saing. #BantenJuara",
            "Terima kasih warga {wilayah} atas dukungan dan partisipasinya",
        ],
    ),
    dict(
        name="Sekolah Gratis",
        theme="Pendidikan menengah",
        opd="Dinas Pendidikan dan Kebudayaan",
        start=150,
        days=150,
        target=None,
        budget=1_450_000_000,
        tag="SekolahGratisBanten",
        topic="pendidikan",
        captions=[
            "SMA, SMK, dan SKh negeri di {wilayah} bebas biaya. Laporkan bila ada pungutan!",
            "Jadwal dan syarat PPDB SMA/SMK tahun ini, cek di sini",
            "Program sekolah gratis menjangkau ribuan siswa di {wilayah}",
            "Tanya jawab seputar PPDB dan sekolah gratis bersama Dindikbud",
        ],
    ),
    dict(
        name="Pelayanan Publik Prima",
        theme="Reformasi birokrasi",
        opd="DPMPTSP",
        start=30,
        days=330,
        target=None,
        budget=650_000_000,
        tag="PelayananPrimaBanten",
        topic="adminduk",
        captions=[
            "Urus izin usaha kini bisa online, cepat dan tanpa biaya tambahan",
            "Mal Pelayanan Publik buka untuk warga {wilayah}, cek jam layanannya",
            "Isi Survei Kepuasan Masyarakat setelah dilayani, suara Anda berarti",
            "Standar pelayanan kami: jelas, cepat, ramah, tanpa pungli",
        ],
    ),
    dict(
        name="Cegah DBD",
        theme="Pengendalian penyakit",
        opd="Dinas Kesehatan",
        start=0,
        days=120,
        target=["3603", "3671", "3674", "3673"],
        budget=720_000_000,
        tag="CegahDBD",
        topic="kesehatan",
        captions=[
            "Musim hujan, waspada DBD! Lakukan 3M Plus di rumah warga {wilayah}",
            "Jumantik cilik {wilayah} siap berantas sarang nyamuk",
            "Kenali gejala demam berdarah dan segera ke fasilitas kesehatan terdekat",
            "Fogging fokus dilakukan di titik kasus DBD {wilayah}",
        ],
    ),
    dict(
        name="UMKM Naik Kelas",
        theme="Ekonomi kerakyatan",
        opd="Dinas Koperasi dan UKM",
        start=90,
        days=220,
        target=None,
        budget=980_000_000,
        tag="UMKMNaikKelas",
        topic="lapangan_kerja",
        captions=[
            "Pelatihan pemasaran digital gratis untuk pelaku UMKM {wilayah}",
            "Kenalan dengan produk unggulan UMKM {wilayah}: dari emping sampai batik Banten",
            "Fasilitasi sertifikasi halal gratis untuk UMKM, daftar sekarang",
            "Bazar UMKM Banten hadir di {wilayah} akhir pekan ini",
        ],
    ),
    dict(
        name="Banten Tanggap Bencana",
        theme="Kebencanaan",
        opd="BPBD",
        start=300,
        days=130,
        target=["3601", "3602", "3604"],
        budget=540_000_000,
        tag="BantenTangguh",
        topic="banjir",
        captions=[
            "Siaga banjir dan longsor di {wilayah}, simpan nomor darurat BPBD",
            "Simulasi evakuasi tsunami bersama warga pesisir {wilayah}",
            "BPBD menyalurkan bantuan logistik untuk warga terdampak di {wilayah}",
            "Kenali jalur evakuasi di sekitar tempat tinggal Anda",
        ],
    ),
    dict(
        name="Wisata Tanjung Lesung",
        theme="Pariwisata",
        opd="Dinas Pariwisata",
        start=170,
        days=120,
        target=["3601"],
        budget=1_250_000_000,
        tag="PesonaTanjungLesung",
        topic="pariwisata",
        captions=[
            "Liburan ke Tanjung Lesung: pantai jernih, sunset juara di {wilayah}",
            "Paket wisata keluarga Tanjung Lesung akhir pekan, cek promonya",
            "Festival Tanjung Lesung kembali digelar, catat tanggalnya!",
            "Snorkeling dan kuliner laut khas {wilayah}",
        ],
    ),
    dict(
        name="Pemutihan Pajak Kendaraan (Samsat)",
        theme="Pendapatan daerah",
        opd="Bapenda",
        start=110,
        days=75,
        target=None,
        budget=890_000_000,
        tag="PemutihanPajakBanten",
        topic="pajak_kendaraan",
        captions=[
            "Program pemutihan: bebas denda pajak kendaraan bermotor. Datang ke Samsat {wilayah}",
            "Bayar pajak kendaraan bisa lewat aplikasi dan Samsat keliling",
            "Pemutihan diperpanjang! Manfaatkan sebelum berakhir",
            "Antrean Samsat {wilayah} hari ini: datang lebih pagi ya",
        ],
    ),
    dict(
        name="Pilkada Damai",
        theme="Politik dan kebangsaan",
        opd="Badan Kesbangpol",
        start=230,
        days=90,
        target=None,
        budget=600_000_000,
        tag="PilkadaDamaiBanten",
        topic="apresiasi",
        captions=[
            "Beda pilihan tetap saudara. Jaga Banten tetap damai",
            "Tolak hoaks dan politik uang di {wilayah}",
            "Ajak keluarga datang ke TPS, satu suara menentukan masa depan {wilayah}",
            "Deklarasi pilkada damai bersama tokoh masyarakat {wilayah}",
        ],
    ),
    dict(
        name="Banten Bersih Sampah",
        theme="Lingkungan hidup",
        opd="DLHK",
        start=40,
        days=200,
        target=["3603", "3671", "3674", "3673", "3672"],
        budget=760_000_000,
        tag="BantenBersih",
        topic="sampah",
        captions=[
            "Pilah sampah dari rumah, setor ke bank sampah terdekat di {wilayah}",
            "Aksi bersih sungai bersama relawan {wilayah}",
            "Kurangi plastik sekali pakai, mulai dari belanja ke pasar",
            "TPS3R baru beroperasi di {wilayah}",
        ],
    ),
    dict(
        name="Gerakan Pangan Murah",
        theme="Ketahanan pangan",
        opd="Dinas Ketahanan Pangan",
        start=80,
        days=100,
        target=None,
        budget=520_000_000,
        tag="PanganMurahBanten",
        topic="harga_pangan",
        captions=[
            "Gerakan pangan murah hadir di {wilayah}: beras, minyak, telur harga terjangkau",
            "Jadwal operasi pasar minggu ini, cek lokasinya",
            "Stok pangan Banten aman menjelang hari besar",
            "Harga bahan pokok hari ini di pasar {wilayah}",
        ],
    ),
    dict(
        name="Bansos Tepat Sasaran",
        theme="Perlindungan sosial",
        opd="Dinas Sosial",
        start=200,
        days=160,
        target=None,
        budget=480_000_000,
        tag="BansosTepatSasaran",
        topic="bansos",
        captions=[
            "Cek status penerima bantuan sosial dengan NIK Anda",
            "Penyaluran bantuan untuk lansia dan disabilitas di {wilayah}",
            "Laporkan penyaluran bansos yang tidak tepat sasaran",
            "Pemutakhiran data DTKS di {wilayah} bersama RT/RW",
        ],
    ),
    dict(
        name="Banten Kerja",
        theme="Ketenagakerjaan",
        opd="Disnakertrans",
        start=120,
        days=150,
        target=["3603", "3604", "3671", "3672"],
        budget=700_000_000,
        tag="BantenKerja",
        topic="lapangan_kerja",
        captions=[
            "Job fair Banten Kerja di {wilayah}: ribuan lowongan dari kawasan industri",
            "Pelatihan kerja gratis di BLK, pendaftaran dibuka",
            "Tips lolos wawancara kerja dari HRD kawasan industri {wilayah}",
            "Program magang bagi lulusan SMK {wilayah}",
        ],
    ),
    dict(
        name="Banten Digital",
        theme="Transformasi digital",
        opd="Diskominfo",
        start=10,
        days=355,
        target=None,
        budget=560_000_000,
        tag="BantenDigital",
        topic="apresiasi",
        captions=[
            "Internet gratis di ruang publik {wilayah}, cek titik Wi-Fi-nya",
            "Satu Data Banten: data pembangunan terbuka untuk semua",
            "Waspada penipuan online, jangan bagikan kode OTP",
            "Layanan aduan warga kini terintegrasi, sampaikan lewat kanal resmi",
        ],
    ),
    dict(
        name="Investasi Banten",
        theme="Penanaman modal",
        opd="DPMPTSP",
        start=180,
        days=150,
        target=["3603", "3604", "3672"],
        budget=820_000_000,
        tag="InvestInBanten",
        topic="lapangan_kerja",
        captions=[
            "Kawasan industri {wilayah} siap menyerap tenaga kerja lokal",
            "Kemudahan berusaha di Banten: perizinan terintegrasi",
            "Realisasi investasi Banten semester ini tumbuh positif",
            "Forum investasi bersama pelaku usaha {wilayah}",
        ],
    ),
    dict(
        name="Mudik Aman Merak",
        theme="Perhubungan",
        opd="Dinas Perhubungan",
        start=115,
        days=35,
        target=["3672", "3604"],
        budget=430_000_000,
        tag="MudikAmanBanten",
        topic="transportasi",
        captions=[
            "Info arus mudik Pelabuhan Merak hari ini, pantau sebelum berangkat",
            "Beli tiket kapal online, jangan datang tanpa tiket",
            "Posko mudik terpadu di {wilayah} siap membantu pemudik",
            "Rekayasa lalu lintas menuju Merak, simak jadwalnya",
        ],
    ),
    dict(
        name="Air Bersih untuk Desa",
        theme="Perumahan dan permukiman",
        opd="Dinas Perkim",
        start=210,
        days=140,
        target=["3601", "3602"],
        budget=390_000_000,
        tag="AirBersihBanten",
        topic="air_bersih",
        captions=[
            "Sambungan air bersih baru untuk warga desa di {wilayah}",
            "Bantuan tangki air bersih saat kemarau untuk {wilayah}",
            "Pembangunan sumur bor komunal di {wilayah} rampung",
            "Hemat air di musim kemarau, yuk mulai dari rumah",
        ],
    ),
    dict(
        name="Festival Budaya Banten Lama",
        theme="Kebudayaan",
        opd="Dinas Pariwisata",
        start=250,
        days=45,
        target=["3673"],
        budget=950_000_000,
        tag="FestivalBantenLama",
        topic="pariwisata",
        captions=[
            "Festival Budaya Banten Lama: debus, rampak bedug, dan kuliner khas",
            "Sejarah Kesultanan Banten hidup kembali di {wilayah}",
            "Rundown Festival Banten Lama hari ini",
            "Pawai budaya dari Masjid Agung Banten, ayo hadir!",
        ],
    ),
]

# Captions of posts outside any campaign, by account type.
OPD_CAPTIONS = [
    "Rapat koordinasi lintas OPD membahas program prioritas {wilayah}",
    "Selamat memperingati hari besar nasional, semangat melayani warga",
    "Info layanan: jam operasional kantor selama libur nasional",
    "Kunjungan kerja ke {wilayah} meninjau pelayanan publik",
    "Penyerahan bantuan dan penghargaan kepada warga berprestasi {wilayah}",
    "Prakiraan cuaca Banten hari ini: waspada hujan lebat sore hari",
    "Sosialisasi program pemerintah provinsi bersama warga {wilayah}",
    "Apel pagi ASN Pemprov Banten di KP3B",
    "Rilis: capaian kinerja triwulan ini",
    "Hari ini pelayanan berjalan normal, sampaikan aduan lewat kanal resmi",
]
ICN_CAPTIONS = {
    "kuliner": [
        "Nyobain sate bandeng legend di {wilayah}, worth it!",
        "Kuliner malam {wilayah} yang wajib dicoba",
        "Rabeg khas Banten, ada yang pernah coba?",
        "Jajanan pasar murah meriah di {wilayah}",
    ],
    "wisata": [
        "Hidden gem di {wilayah}, airnya jernih banget",
        "Sunrise di Pantai Anyer, speechless",
        "Trip singkat ke Baduy Luar, pelajaran hidup sederhana",
        "Curug tersembunyi di {wilayah}",
    ],
    "edukasi": [
        "3 fakta sejarah Kesultanan Banten yang jarang diketahui",
        "Belajar bahasa Jawa Serang, yuk!",
        "Tips hemat anak kos di {wilayah}",
        "Cara cek bansos online, simak sampai habis",
    ],
    "komedi": [
        "Kalau orang {wilayah} ditanya jalan, jawabannya...",
        "POV: nunggu angkot di {wilayah}",
        "Logat Banten vs Jakarta, mana yang lebih lucu?",
        "Ketika emak nanya kapan kerja",
    ],
    "keluarga": [
        "Weekend bareng anak di taman kota {wilayah}",
        "Bekal sekolah sehat ala ibu-ibu {wilayah}",
        "Cerita pertama kali ajak anak ke posyandu",
        "Rekomendasi tempat main anak di {wilayah}",
    ],
    "olahraga": [
        "Gowes pagi keliling {wilayah}",
        "Lari pagi di alun-alun {wilayah}, siapa ikut?",
        "Sepak bola kampung paling seru di {wilayah}",
        "Senam bareng warga tiap Minggu",
    ],
    "musik": [
        "Cover lagu daerah Banten versi akustik",
        "Rampak bedug, warisan budaya yang keren",
        "Live music di kafe {wilayah} malam ini",
        "Kolaborasi musisi muda {wilayah}",
    ],
    "teknologi": [
        "Review aplikasi layanan publik Banten",
        "Internet gratis di taman {wilayah}, kencang gak?",
        "Tips aman belanja online",
        "Cara urus dokumen online tanpa antre",
    ],
    "religi": [
        "Kajian subuh di Masjid Agung Banten",
        "Ziarah ke Banten Lama, sejarah yang hidup",
        "Berbagi takjil bersama warga {wilayah}",
        "Kisah ulama Banten yang menginspirasi",
    ],
    "otomotif": [
        "Touring ke pantai selatan lewat {wilayah}",
        "Bayar pajak motor di Samsat, ternyata cepat",
        "Jalur mudik alternatif via {wilayah}",
        "Cek kondisi jalan provinsi pakai motor",
    ],
    "fotografi": [
        "Golden hour di {wilayah}",
        "Hunting foto di Banten Lama",
        "Human interest: pedagang pasar {wilayah}",
        "Landscape pantai selatan Banten",
    ],
    "kesehatan": [
        "Cek kesehatan gratis di puskesmas {wilayah}",
        "Cara mudah cegah DBD di rumah",
        "Menu MPASI bergizi untuk cegah stunting",
        "Olahraga 30 menit sehari, kuat!",
    ],
}
MEDIA_CAPTIONS = [
    "Pemprov Banten umumkan program baru untuk warga {wilayah}",
    "Warga {wilayah} keluhkan jalan rusak, begini tanggapan dinas terkait",
    "Banjir rendam sejumlah titik di {wilayah}",
    "DPRD Banten sahkan APBD, ini prioritasnya",
    "Harga kebutuhan pokok di pasar {wilayah} terpantau naik",
    "Ribuan pencari kerja padati job fair di {wilayah}",
    "Kasus DBD di {wilayah} meningkat, Dinkes imbau 3M Plus",
    "Festival budaya di {wilayah} sedot ribuan pengunjung",
    "Gubernur Banten resmikan fasilitas publik di {wilayah}",
    "Antrean panjang warnai program pemutihan pajak di {wilayah}",
]
YOUTUBE_PREFIX = ["", "", "[LIVE] ", "VLOG: ", "Dialog Publik: ", "Liputan: ", "#Shorts "]
