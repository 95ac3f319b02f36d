"""Topics from the Banten keyword taxonomy (data/topics), kept as data, not code."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from gema import sentimen as sentiment

TOPICS = sentiment.topic_labels()


def topic(text: str) -> str:
    return str(sentiment.classify_topics(pd.Series([text])).iloc[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jalan provinsi di Malingping berlubang", "Jalan & Infrastruktur"),
        ("jln desa blm diaspal", "Jalan & Infrastruktur"),
        ("Rumah kami kebanjiran sepinggang", "Banjir & Bencana"),
        ("longsor di Lebak Gedong", "Banjir & Bencana"),
        ("Sampah menumpuk di pasar Rau", "Sampah & Lingkungan"),
        ("Bikin KTP antri dari subuh, blanko habis", "Kependudukan (KTP/KK/Akta)"),
        ("urus akta kelahiran anak", "Kependudukan (KTP/KK/Akta)"),
        ("Antri di puskesmas lama, dokternya cuma satu", "Kesehatan"),
        ("PPDB zonasi kacau", "Pendidikan"),
        ("lowongan kerja di pabrik harus bayar calo", "Lapangan Kerja & Ekonomi"),
        ("Macet parah di gerbang tol Cikupa", "Transportasi"),
        ("Air PDAM mati 4 hari", "Air Bersih"),
        ("Mati lampu lagi, PLN kemana", "Listrik"),
        ("Harga beras naik, bansos gak cair", "Harga Pangan & Bansos"),
        ("Pantai Sawarna indah bgt", "Pariwisata"),
        ("Begal motor marak di Cikupa", "Keamanan & Ketertiban"),
        ("Pungli di kantor desa buat surat domisili", "Pelayanan Publik & Birokrasi"),
        ("Bayar pajak motor di Samsat cepet", "Pajak Kendaraan & Samsat"),
        ("Semangat terus pak, sukses selalu", "Lainnya"),
    ],
)
def test_clear_examples(text, expected):
    assert topic(text) == expected


def test_contract_same_index_labels_from_taxonomy_and_na_for_empty():
    texts = pd.Series(["Jalan rusak", "halo", None, "  "], index=["a", "b", "c", "d"])
    out = sentiment.classify_topics(texts)
    assert list(out.index) == ["a", "b", "c", "d"]
    assert out["a"] == "Jalan & Infrastruktur" and out["b"] == sentiment.OTHER_TOPIC
    assert pd.isna(out["c"]) and pd.isna(out["d"])
    assert set(out.dropna()) <= set(TOPICS)


def test_taxonomy_file_is_the_source_of_labels():
    """Every topic in taxonomy.csv is listed in topics.csv, in Indonesian with an English label,
    and every listed topic except 'Lainnya' has keywords."""
    with open(sentiment.TOPICS_DIR / "taxonomy.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {"topic", "pattern", "weight"} <= set(rows[0])
    used = {r["topic"] for r in rows}
    assert used <= set(TOPICS)
    assert set(TOPICS) - used == {sentiment.OTHER_TOPIC}
    assert list(TOPICS)[-1] == sentiment.OTHER_TOPIC
    english = sentiment.topic_labels("en")
    assert english["Banjir & Bencana"] == "Floods & disasters"
    assert all(float(r["weight"]) > 0 for r in rows)


def test_two_word_keywords_and_weights_decide():
    # "jalan rusak" is a phrase of the road topic; a single weak word loses to a specific one
    assert topic("jalan rusak") == "Jalan & Infrastruktur"
    assert topic("jalan ke Pantai Carita macet") in {"Transportasi", "Pariwisata"}
    assert topic("bayar pajak di samsat, ada calo") == "Pajak Kendaraan & Samsat"


def test_slang_and_affixes_reach_keywords():
    assert topic("sampahnya numpuk") == "Sampah & Lingkungan"
    assert topic("jalanannya ancur") == "Jalan & Infrastruktur"
    assert topic("kebakaran di pasar") == "Banjir & Bencana"


def test_topic_accuracy_on_labelled_set():
    data = sentiment.load_eval_set("heldout")
    pred = sentiment.classify_topics(data["text"])
    assert (pred == data["topic"]).mean() >= 0.85  # measured 0.93 on the held-out split
