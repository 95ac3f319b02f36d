"""Sample export files in the formats staff really get, filled from a generated demo year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from gema.core import store
from gema.demo.common import _s
from gema.demo.generate import generate
from gema.demo.skm import UNSUR

SAMPLE_SEED = 7_777  # a different seed from the loaded demo, so the samples import as new rows
_SKM_QUESTIONS = [  # Google Forms question texts and answer labels (PermenPANRB 14/2017 form)
    (
        "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis "
        "pelayanannya?",
        ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    ),
    (
        "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
        ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
    ),
    (
        "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
        ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
    ),
    (
        "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
        ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
    ),
    (
        "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum "
        "dalam standar pelayanan dengan hasil yang diberikan?",
        ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    ),
    (
        "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
        ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
    ),
    (
        "Bagaimana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan "
        "keramahan?",
        [
            "Tidak sopan dan ramah",
            "Kurang sopan dan ramah",
            "Sopan dan ramah",
            "Sangat sopan dan ramah",
        ],
    ),
    (
        "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
        [
            "Tidak ada",
            "Ada tetapi tidak berfungsi",
            "Berfungsi kurang maksimal",
            "Dikelola dengan baik",
        ],
    ),
    (
        "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
        ["Buruk", "Cukup", "Baik", "Sangat baik"],
    ),
]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write_sample_files(
    outdir: Path, *, seed: int = SAMPLE_SEED, end: date | None = None, rows: int = 150
) -> list[Path]:
    """Sample export files in the formats staff really get (Meta Business Suite, TikTok Studio,
    YouTube Studio with its Total row, tweet-harvest, Google Forms SKM, LAPOR!), filled from a
    generated demo year, so the upload page can be tried without real data."""
    outdir.mkdir(parents=True, exist_ok=True)
    regions = pd.read_csv(store.REGIONS_CSV, dtype={"kode": str})
    end = end or date.today()
    d = generate(regions, seed=seed, end=end, scale=max(rows / 2_000, 0.02))
    nama = dict(zip(regions["kode"], regions["nama"], strict=True))
    written = [
        _sample_instagram(outdir, d.posts, d.accounts, rows),
        _sample_facebook(outdir, d.posts, d.accounts, rows),
        _sample_tiktok(outdir, d.posts, rows),
        _sample_youtube(outdir, d.posts, rows),
        _sample_tweets(outdir, d.feedback, d.posts, rows, seed),
        _sample_skm(outdir, d.skm_responses, d.skm_scores, nama, rows),
        _sample_lapor(outdir, d.feedback, nama, rows),
    ]
    readme = outdir / "BACA-SAYA.txt"
    readme.write_text(_SAMPLE_README, encoding="utf-8")
    return [*written, readme]


def _ids(accounts: pd.DataFrame, platform: str) -> dict[str, str]:
    """A stable numeric account id per handle (as the platform would show it)."""
    acc = accounts[accounts["platform"] == platform]
    h = pd.util.hash_array(acc["handle"].to_numpy(dtype=object)) % 10**16
    return dict(zip(acc["handle"], (17_841_400_000_000_000 + h % 10**9).astype(str), strict=True))


def _sample_instagram(out: Path, posts: pd.DataFrame, accounts: pd.DataFrame, n: int) -> Path:
    p = posts[posts["platform"] == "Instagram"].tail(n)
    ids = _ids(accounts, "Instagram")
    names = accounts.set_index(["platform", "handle"])["display_name"]
    reel = p["views"].notna()
    df = pd.DataFrame(
        {
            "Post ID": p["post_id"] + "_" + p["account"].map(ids),
            "Account ID": p["account"].map(ids),
            "Account username": p["account"],
            "Account name": [names.get(("Instagram", a), a) for a in p["account"]],
            "Description": p["title"],
            "Duration (sec)": np.where(reel, 15 + (p["likes"] % 75), 0),
            "Publish time": p["published_at"].dt.strftime("%m/%d/%Y %H:%M"),
            "Permalink": p["url"],
            "Post type": np.where(reel, "IG reel", "IG image"),
            "Data comment": "",
            "Date": "Lifetime",
            "Views": p["views"].fillna(p["impressions"]),
            "Reach": p["reach"],
            "Likes": p["likes"],
            "Shares": p["shares"],
            "Follows": p["likes"] // 97,
            "Comments": p["comments"],
            "Saves": p["saves"],
        }
    )
    path = out / "meta_business_suite_instagram.csv"
    df.to_csv(path, index=False, encoding="utf-8")
    return path


def _sample_facebook(out: Path, posts: pd.DataFrame, accounts: pd.DataFrame, n: int) -> Path:
    p = posts[posts["platform"] == "Facebook"].tail(n)
    names = accounts.set_index(["platform", "handle"])["display_name"]
    page = p["post_id"].str.split("_").str[0]
    video = p["views"].notna()
    df = pd.DataFrame(
        {
            "Post ID": p["post_id"],
            "Page ID": page,
            "Page name": [names.get(("Facebook", a), a) for a in p["account"]],
            "Title": "",
            "Description": p["title"],
            "Duration (sec)": np.where(video, 30 + (p["likes"] % 200), ""),
            "Publish time": p["published_at"].dt.strftime("%m/%d/%Y %H:%M"),
            "Caption type": "",
            "Permalink": p["url"],
            "Is crosspost": "No",
            "Is share": "No",
            "Post type": np.where(video, "Videos", "Photos"),
            "Languages": "id",
            "Custom labels": p["campaign"].fillna(""),
            "Funded content status": np.where(p["cost"].notna(), "Boosted", ""),
            "Data comment": "",
            "Date": "Lifetime",
            "Views": p["views"].fillna(p["impressions"]),
            "Reach": p["reach"],
            "Reactions, Comments and Shares": p["likes"] + p["comments"] + p["shares"],
            "Reactions": p["likes"],
            "Comments": p["comments"],
            "Shares": p["shares"],
            "Total clicks": p["likes"] // 3,
        }
    )
    path = out / "meta_business_suite_facebook.csv"
    df.to_csv(path, index=False, encoding="utf-8-sig")  # Excel-friendly, with a BOM
    return path


def _sample_tiktok(out: Path, posts: pd.DataFrame, n: int) -> Path:
    p = posts[posts["platform"] == "TikTok"].tail(n)
    df = pd.DataFrame(
        {
            "Video title": p["title"],
            "Video link": p["url"],
            "Post time": p["published_at"].dt.strftime("%Y-%m-%d %H:%M:%S"),
            "Total likes": p["likes"],
            "Total comments": p["comments"],
            "Total shares": p["shares"],
            "Total views": p["views"],
            "Add to Favorites": p["saves"],
        }
    )
    path = out / "tiktok_studio.xlsx"
    df.to_excel(path, index=False, sheet_name="Content")
    return path


def _sample_youtube(out: Path, posts: pd.DataFrame, n: int) -> Path:
    p = posts[posts["platform"] == "YouTube"].tail(n)
    published = p["published_at"]
    date_txt = (
        pd.Series(np.array(_EN_MONTHS)[published.dt.month - 1], index=published.index)
        + " "
        + published.dt.day.astype(str)
        + ", "
        + published.dt.year.astype(str)
    )
    views = p["views"].astype("int64")
    impressions = p["impressions"].astype("int64")
    watch = (views * (0.02 + (p["likes"] % 7) / 100)).round(1)
    df = pd.DataFrame(
        {
            "Content": p["post_id"],
            "Video title": p["title"],
            "Video publish time": date_txt,
            "Duration": 60 + (p["likes"] % 900),
            "Views": views,
            "Watch time (hours)": watch,
            "Subscribers": p["likes"] // 20,
            "Impressions": impressions,
            "Impressions click-through rate (%)": (100 * views / impressions).round(2),
        }
    )
    total = pd.DataFrame(
        [
            {
                "Content": "Total",
                "Video title": "",
                "Video publish time": "",
                "Duration": "",
                "Views": int(views.sum()),
                "Watch time (hours)": round(float(watch.sum()), 1),
                "Subscribers": int(df["Subscribers"].sum()),
                "Impressions": int(impressions.sum()),
                "Impressions click-through rate (%)": round(
                    100 * views.sum() / impressions.sum(), 2
                ),
            }
        ]
    )
    path = out / "youtube_studio.csv"
    pd.concat([total, df], ignore_index=True).to_csv(path, index=False, encoding="utf-8")
    return path


def _sample_tweets(
    out: Path, feedback: pd.DataFrame, posts: pd.DataFrame, n: int, seed: int
) -> Path:
    """tweet-harvest output: replies to provincial accounts, with one repeated row as the
    scraper produces when a page is fetched twice."""
    f = feedback[feedback["channel"] == "X"].tail(n)
    t = f["received_at"]
    created = (
        pd.Series(np.array(_EN_DAYS)[t.dt.day_of_week], index=t.index)
        + " "
        + pd.Series(np.array(_EN_MONTHS)[t.dt.month - 1], index=t.index)
        + t.dt.strftime(" %d %H:%M:%S +0000 %Y")
    )
    user = f["author"].str.lstrip("@")
    owner = posts.drop_duplicates("post_id").set_index("post_id")["account"]
    reply_to = f["post_id"].map(owner).fillna("bantenprov")
    rng = np.random.default_rng(seed)
    df = pd.DataFrame(
        {
            "conversation_id_str": f["post_id"].fillna(f["feedback_id"]),
            "created_at": created,
            "favorite_count": rng.poisson(3, len(f)),
            "full_text": f["text"].where(
                np.strings.startswith(
                    _s(f["text"].to_numpy(dtype=object)),
                    _s(("@" + reply_to).to_numpy(dtype=object)),
                ),
                "@" + reply_to + " " + f["text"],
            ),
            "id_str": f["feedback_id"],
            "image_url": "",
            "in_reply_to_screen_name": reply_to,
            "lang": "in",
            "location": f["author_location"].fillna(""),
            "quote_count": 0,
            "reply_count": rng.poisson(0.5, len(f)),
            "retweet_count": rng.poisson(1, len(f)),
            "tweet_url": "https://x.com/" + user + "/status/" + f["feedback_id"],
            "user_id_str": (
                pd.util.hash_array(user.to_numpy(dtype=object)) % 10**10 + 10**9
            ).astype(str),
            "username": user,
        }
    )
    if len(df) > 3:
        df = pd.concat([df, df.iloc[[2]]], ignore_index=True)
    path = out / "tweet_harvest.csv"
    df.to_csv(path, index=False, encoding="utf-8")
    return path


def _sample_skm(
    out: Path, resp: pd.DataFrame, scores: pd.DataFrame, nama: dict[str, str], n: int
) -> Path:
    r = resp.tail(n)
    wide = scores.pivot(index="response_id", columns="unsur", values="score").loc[r["response_id"]]
    df = pd.DataFrame(
        {
            "Stempel waktu": r["submitted_at"]
            .dt.strftime("%d/%m/%Y %H:%M:%S")
            .str.replace(r"^(\d\d/\d\d/\d{4}) 0", r"\1 ", regex=True),
            "Unit layanan yang Anda kunjungi": r["unit"],
            "Kabupaten/Kota": r["kabkota"].map(nama),
            "Jenis Kelamin": r["gender"],
            "Usia": r["age"],
            "Pendidikan Terakhir": r["education"],
            "Pekerjaan": r["occupation"],
        }
    )
    for (unsur, _), (question, labels) in zip(UNSUR, _SKM_QUESTIONS, strict=True):
        df[question] = np.array(labels)[wide[unsur].to_numpy() - 1]
    df["Saran dan masukan untuk perbaikan layanan"] = r["suggestion"].fillna("-").to_numpy()
    path = out / "google_forms_skm.csv"
    df.to_csv(path, index=False, encoding="utf-8")
    return path


def _sample_lapor(out: Path, feedback: pd.DataFrame, nama: dict[str, str], n: int) -> Path:
    """A LAPOR! export as Excel saves it in Indonesia: ';' separated, Windows-1252, CRLF; two
    rows name only 'Tangerang', which the importer must ask about."""
    f = feedback[feedback["channel"] == "LAPOR!"].tail(n)
    kategori = {
        "jalan": "Infrastruktur",
        "banjir": "Bencana",
        "sampah": "Lingkungan",
        "ktp": "Administrasi Kependudukan",
        "kk": "Administrasi Kependudukan",
        "sekolah": "Pendidikan",
        "ppdb": "Pendidikan",
        "rsud": "Kesehatan",
        "puskesmas": "Kesehatan",
        "bansos": "Sosial",
        "bantuan": "Sosial",
        "pajak": "Pendapatan Daerah",
        "samsat": "Pendapatan Daerah",
    }
    lower = f["text"].str.lower()
    cat = pd.Series("Lainnya", index=f.index)
    for word, label in reversed(kategori.items()):
        cat = cat.mask(lower.str.contains(word, regex=False), label)
    lokasi = f["kabkota"].map(nama).fillna("")
    if len(lokasi) > 6:
        lokasi.iloc[[3, 5]] = "Tangerang"
    text = f["text"].str.encode("cp1252", errors="ignore").str.decode("cp1252").str.strip()
    status = f["status"].map(
        {
            "baru": "Baru",
            "diverifikasi": "Diverifikasi",
            "diteruskan": "Diteruskan",
            "ditindaklanjuti": "Diproses",
            "selesai": "Selesai",
            "ditolak": "Ditolak",
        }
    )
    df = pd.DataFrame(
        {
            "No. Tiket": f["feedback_id"],
            "Tanggal Laporan": f["received_at"].dt.strftime("%d/%m/%Y"),
            "Judul Laporan": _lapor_title(text),
            "Isi Laporan": text,
            "Kategori": cat,
            "Lokasi": lokasi,
            "Status": status,
        }
    )
    path = out / "lapor.csv"
    df.to_csv(path, index=False, sep=";", encoding="cp1252", lineterminator="\r\n")
    return path


def _lapor_title(text: pd.Series) -> pd.Series:
    """A short title as reporters type one: the first clause without the greeting."""
    body = text.str.replace(
        r"^(?:Assalamualaikum\.|Dengan hormat,|Selamat siang\.|Mohon izin menyampaikan\.|"
        r"Yth\. Bapak/Ibu,|[Mm]in,|[Pp]ak gub,|[Tt]olong min,|[Ll]apor min,|@\w+)\s*",
        "",
        regex=True,
    )
    first = body.str.split(r"[.,?!]").str[0].str.strip()
    short = first.str.slice(0, 60).str.replace(r"\s+\S*$", "", regex=True)
    title = first.where(first.str.len() <= 60, short)
    return title.str.slice(0, 1).str.upper() + title.str.slice(1)


_SAMPLE_README = """Contoh berkas ekspor untuk dicoba di halaman Unggah data Gema Banten.
Isinya data contoh (dibuat oleh program, bukan data sebenarnya).

meta_business_suite_instagram.csv  Meta Business Suite, unggahan Instagram  -> jenis: posts
meta_business_suite_facebook.csv   Meta Business Suite, unggahan Facebook   -> jenis: posts
tiktok_studio.xlsx                 TikTok Studio, daftar video              -> jenis: posts
                                   (isi platform=TikTok dan akun bila diminta)
youtube_studio.csv                 YouTube Studio, baris pertama 'Total'    -> jenis: posts
                                   (isi platform=YouTube dan akun bila diminta)
tweet_harvest.csv                  balasan di X hasil tweet-harvest; satu baris ganda
                                                                            -> jenis: feedback
google_forms_skm.csv               Survei Kepuasan Masyarakat (Google Forms, jawaban berupa teks)
                                                                            -> jenis: skm
lapor.csv                          ekspor LAPOR! (pemisah ';', Windows-1252); dua baris hanya
                                   menyebut 'Tangerang' dan harus dipilihkan kab/kotanya
                                                                            -> jenis: feedback
                                   (isi channel=LAPOR! bila diminta)
"""
