"""i18n catalogue, sentiment, language and learning (issue 10).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- sentiment, language, learning (issue 10) ---------------------------------------------
    "audit.action.sentiment_model_train": ("Latih model sentimen", "Sentiment model trained"),
    "audit.action.sentiment_model_switch": ("Ganti metode sentimen", "Sentiment method switched"),
    "audit.action.sentiment_examples_import": (
        "Impor contoh berlabel",
        "Labelled examples imported",
    ),
    "nav.sentimen": ("Metode sentimen", "Sentiment method"),
    "sent.title": ("Metode sentimen", "Sentiment method"),
    "sent.caption": (
        "Label sentimen dihitung oleh leksikon atau oleh model yang belajar dari koreksi staf "
        "dan contoh berlabel. Akurasi diukur pada teks pihak ketiga (NusaX), bukan teks buatan "
        "tim.",
        "Sentiment labels come from the lexicon or from a model that learns from staff "
        "corrections and labelled examples. Accuracy is measured on third-party text (NusaX), not "
        "on text the team wrote.",
    ),
    "sent.active": ("Metode aktif: **{method}**", "Active method: **{method}**"),
    "sent.lexicon": ("leksikon", "lexicon"),
    "sent.model": ("model v{version}", "model v{version}"),
    "sent.nusax": (
        "Akurasi leksikon (macro-F1) pada NusaX valid, teks pihak ketiga: Indonesia {id} · "
        "Sunda {su} · Jawa {jv}.",
        "Lexicon accuracy (macro-F1) on NusaX valid, third-party text: Indonesian {id} · "
        "Sundanese {su} · Javanese {jv}.",
    ),
    "sent.models": ("Versi model", "Model versions"),
    "sent.no_models": (
        "Belum ada model terlatih; leksikon yang dipakai.",
        "No trained model yet; the lexicon is used.",
    ),
    "sent.col.version": ("Versi", "Version"),
    "sent.col.trained_at": ("Dilatih", "Trained"),
    "sent.col.trained_by": ("Oleh", "By"),
    "sent.col.n_examples": ("Contoh", "Examples"),
    "sent.col.n_corrections": ("Koreksi staf", "Staff corrections"),
    "sent.col.cv_f1_model": ("Macro-F1 model (validasi silang)", "Model macro-F1 (cross-val.)"),
    "sent.col.cv_f1_lexicon": ("Macro-F1 leksikon", "Lexicon macro-F1"),
    "sent.col.active": ("Aktif", "Active"),
    "sent.switch": ("Pakai metode", "Use method"),
    "sent.switch_button": ("Pakai dan label ulang", "Use and relabel"),
    "sent.examples": (
        "Contoh untuk belajar: {corrections} koreksi staf, {imports} contoh impor.",
        "Examples to learn from: {corrections} staff corrections, {imports} imported examples.",
    ),
    "sent.retrain": ("Latih ulang model", "Retrain the model"),
    "sent.running": ("Berjalan di latar belakang: {step}", "Running in the background: {step}"),
    "sent.done_trained": (
        "Model v{version}: macro-F1 validasi silang {model} vs leksikon {lexicon}. {verdict}",
        "Model v{version}: cross-validated macro-F1 {model} vs lexicon {lexicon}. {verdict}",
    ),
    "sent.verdict_on": (
        "Model dipakai; {n} baris dilabel ulang.",
        "The model is now used; {n} rows relabelled.",
    ),
    "sent.verdict_off": (
        "Model tidak lebih baik; metode aktif tidak diubah.",
        "The model is not better; the active method is unchanged.",
    ),
    "sent.done_relabel": ("{n} baris aspirasi dilabel ulang.", "{n} feedback rows relabelled."),
    "sent.failed": ("Gagal: {error}", "Failed: {error}"),
    "sent.evaluate": ("Uji pada sampel berlabel", "Evaluate on a labelled sample"),
    "sent.evaluate_help": (
        "Unggah CSV/TSV/XLSX dengan kolom teks (text/teks/Tweet) dan label "
        "(positif/netral/negatif, positive/neutral/negative atau 1/0/-1).",
        "Upload a CSV/TSV/XLSX with a text column (text/teks/Tweet) and a label column "
        "(positif/netral/negatif, positive/neutral/negative or 1/0/-1).",
    ),
    "sent.file": ("Sampel berlabel", "Labelled sample"),
    "sent.accuracy": ("Akurasi", "Accuracy"),
    "sent.macro_f1": ("Macro-F1", "Macro-F1"),
    "sent.n": ("Teks", "Texts"),
    "sent.method": ("Metode", "Method"),
    "sent.per_class": ("Per kelas", "Per class"),
    "sent.confusion": (
        "Matriks kebingungan (baris: label benar, kolom: prediksi)",
        "Confusion matrix (rows: true label, columns: predicted)",
    ),
    "sent.mistakes": ("Kesalahan terburuk", "Worst mistakes"),
    "sent.col.row": ("Baris", "Row"),
    "sent.col.text": ("Teks", "Text"),
    "sent.col.gold": ("Label benar", "True label"),
    "sent.col.pred": ("Prediksi", "Predicted"),
    "sent.col.score": ("Skor", "Score"),
    "sent.col.precision": ("Presisi", "Precision"),
    "sent.col.recall": ("Recall", "Recall"),
    "sent.col.f1": ("F1", "F1"),
    "sent.col.support": ("Jumlah", "Count"),
    "sent.save_examples": (
        "Simpan {n} teks ini sebagai contoh untuk belajar",
        "Save these {n} texts as examples to learn from",
    ),
    "sent.saved": ("{n} contoh disimpan.", "{n} examples saved."),
    "sent.no_mistakes": ("Tidak ada kesalahan.", "No mistakes."),
    "lang.id": ("Indonesia", "Indonesian"),
    "lang.su": ("Sunda", "Sundanese"),
    "lang.jv": ("Jawa", "Javanese"),
    "lang.other": ("Lainnya", "Other"),
    "lang.unknown": ("Belum dihitung", "Not computed"),
    "dash.a.languages": ("Bahasa aspirasi", "Language of feedback"),
    "dash.a.languages_caption": (
        "Deteksi otomatis per teks (kata penanda); pada data NusaX valid tepat {id} % (Indonesia), "
        "{su} % (Sunda), {jv} % (Jawa).",
        "Detected per text (marker words); correct on NusaX valid for {id} % (Indonesian), "
        "{su} % (Sundanese), {jv} % (Javanese).",
    ),
    "dash.a.sentiment_accuracy": (
        "Akurasi label sentimen ({method}): macro-F1 pada teks pihak ketiga NusaX valid "
        "Indonesia {id} · Sunda {su} · Jawa {jv} (1 = sempurna).",
        "Sentiment label accuracy ({method}): macro-F1 on third-party NusaX valid text, "
        "Indonesian {id} · Sundanese {su} · Javanese {jv} (1 = perfect).",
    ),
    "dash.a.sentiment_accuracy_model": (
        "Model v{version} aktif: macro-F1 validasi silang {f1} pada {n} contoh berlabel staf "
        "(leksikon pada contoh yang sama: {lex}).",
        "Model v{version} active: cross-validated macro-F1 {f1} on {n} staff-labelled examples "
        "(lexicon on the same examples: {lex}).",
    ),
}
