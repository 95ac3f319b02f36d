"""i18n catalogue, kepuasan / IKM: SKM survey, IKM scores and recaps (issue 4).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- kepuasan / IKM (issue 4) ------------------------------------------------------------
    "ikm.col.sample": ("Sampel", "Sample"),
    "ikm.sample_flag.ok": ("✓ cukup", "✓ enough"),
    "ikm.sample_flag.short": ("⚠ kurang (perlu {n})", "⚠ too few (needs {n})"),
    "ikm.sample_short_word": ("sampel kurang", "small sample"),
    "ikm.short_caption": (
        "Batang pucat berarsir dan tanda ⚠ = sampel kurang: responden di bawah sampel minimal"
        " Krejcie & Morgan bila jumlah pengguna layanan (N) diketahui, atau di bawah {min}"
        " responden bila N tidak diketahui (aturan umum agar rata-rata stabil; Krejcie & Morgan"
        " pun meminta 28 dari 30 pengguna). Dengan sedikit responden, satu-dua jawaban sudah"
        " menggeser IKM beberapa poin dan bisa mengubah huruf mutu: jangan dijadikan pegangan.",
        "Pale hatched bars and ⚠ = sample too small: fewer respondents than the Krejcie & Morgan"
        " minimum when the number of service users (N) is known, or fewer than {min} when N is"
        " unknown (the usual rule of thumb for a stable mean; Krejcie & Morgan ask for 28 of"
        " only 30 users). With few respondents one or two answers move the IKM by several points"
        " and can change the grade letter: do not rely on it.",
    ),
    "ikm.kind.skm": ("SKM: jawaban responden", "SKM: respondent answers"),
    "ikm.kind.skm_recap": ("SKM: rekap NRR per unsur", "SKM: recap of NRR per unsur"),
    "ikm.err.answer": (
        "Baris {row}, kolom '{column}': jawaban '{value}' bukan skor 1–4 atau label jawaban SKM"
        " yang dikenal. Perbaiki menjadi angka 1–4 atau label seperti 'Sangat sesuai', 'Mudah',"
        " 'Cepat', 'Gratis', 'Kompeten', 'Sopan dan ramah', 'Dikelola dengan baik', 'Baik'.",
        "Row {row}, column '{column}': answer '{value}' is not a score 1–4 or a known SKM answer"
        " label. Change it to a number 1–4 or a label such as 'Sangat sesuai', 'Mudah', 'Cepat',"
        " 'Gratis', 'Kompeten', 'Sopan dan ramah', 'Dikelola dengan baik', 'Baik'.",
    ),
    "ikm.err.nrr": (
        "Baris {row}, kolom '{column}': '{value}' bukan angka NRR. Tulis NRR sebagai angka,"
        " mis. 3,25.",
        "Row {row}, column '{column}': '{value}' is not an NRR number. Write the NRR as a number,"
        " e.g. 3,25.",
    ),
    "ikm.err.nrr_range": (
        "Baris {row}, kolom '{column}': NRR '{value}' harus antara 1 dan 4. Bila berkas berisi NRR"
        " tertimbang (NRR × bobot, mis. 0,39), isi nilai tetap 'Bobot' untuk seluruh berkas"
        " (mis. 0,111; CLI: --set weight=0,111). Bila kolom berisi IKM (25–100), petakan ke 'IKM'.",
        "Row {row}, column '{column}': NRR '{value}' must lie between 1 and 4. If the file holds"
        " weighted NRR (NRR × weight, e.g. 0.39), set the constant 'Weight' for the whole file"
        " (e.g. 0,111; CLI: --set weight=0,111). If the column holds the IKM (25–100), map it to"
        " 'IKM'.",
    ),
    "ikm.err.period": (
        "Baris {row}, kolom '{column}': periode '{value}' tidak dikenali. Tulis mis. 'Semester I"
        " 2024', '2024-S2', 'Triwulan III 2024', 'Tahun 2024' atau 'Juli 2024', atau isi kolom"
        " tanggal mulai dan tanggal selesai.",
        "Row {row}, column '{column}': period '{value}' is not recognised. Write e.g. 'Semester I"
        " 2024', '2024-S2', 'Triwulan III 2024', 'Tahun 2024' or 'Juli 2024', or fill in start"
        " and end date columns.",
    ),
    "ingest.field.gender": ("Jenis kelamin", "Gender"),
    "ingest.field.age": ("Umur", "Age"),
    "ingest.field.education": ("Pendidikan", "Education"),
    "ingest.field.occupation": ("Pekerjaan", "Occupation"),
    "ingest.field.suggestion": ("Saran dan masukan", "Suggestions"),
    "ingest.field.response_id": ("ID responden", "Respondent ID"),
    "ingest.field.service_users": ("Jumlah pengguna layanan", "Number of service users"),
    "ingest.field.period": ("Periode", "Period"),
    "ingest.field.period_start": ("Tanggal mulai", "Start date"),
    "ingest.field.period_end": ("Tanggal selesai", "End date"),
    "ingest.field.respondents": ("Jumlah responden", "Respondents"),
    "ingest.field.ikm": ("IKM", "IKM"),
    "ingest.field.weight": ("Bobot", "Weight"),
    "ingest.field.submitted_at": ("Tanggal pengisian", "Submitted at"),
    "ingest.field.unit": ("Unit layanan", "Service unit"),
    "ingest.field.U1": ("U1 Persyaratan", "U1 Requirements"),
    "ingest.field.U2": (
        "U2 Sistem, mekanisme, dan prosedur",
        "U2 Systems, mechanisms and procedures",
    ),
    "ingest.field.U3": ("U3 Waktu penyelesaian", "U3 Completion time"),
    "ingest.field.U4": ("U4 Biaya/tarif", "U4 Cost/fee"),
    "ingest.field.U5": (
        "U5 Produk spesifikasi jenis pelayanan",
        "U5 Service product specification",
    ),
    "ingest.field.U6": ("U6 Kompetensi pelaksana", "U6 Staff competence"),
    "ingest.field.U7": ("U7 Perilaku pelaksana", "U7 Staff conduct"),
    "ingest.field.U8": (
        "U8 Penanganan pengaduan, saran dan masukan",
        "U8 Handling of complaints and suggestions",
    ),
    "ingest.field.U9": ("U9 Sarana dan prasarana", "U9 Facilities and infrastructure"),
    "ikm.err.no_answers": (
        "Baris {row}: tidak berisi jawaban untuk unsur mana pun (kolom '{column}' dan kolom unsur"
        " lain kosong). Isi jawaban 1–4 atau hapus baris ini.",
        "Row {row}: no answer for any unsur (column '{column}' and the other unsur columns are"
        " empty). Fill in answers 1–4 or remove the row.",
    ),
    "ikm.semester_label": ("Semester {n} {year}", "Semester {n} {year}"),
    "ikm.by.unit": ("Unit layanan", "Service unit"),
    "ikm.by.kabkota": ("Kab/Kota", "Regency/City"),
    "ikm.by.semester": ("Semester", "Semester"),
    "ikm.by.year": ("Tahun", "Year"),
    "ikm.by.all": ("Wilayah", "Area"),
    "ikm.col.respondents": ("Responden", "Respondents"),
    "ikm.col.mutu": ("Mutu", "Grade"),
    "ikm.col.kinerja": ("Kinerja", "Performance"),
    "ikm.col.weakest": ("Unsur terlemah", "Weakest unsur"),
    "ikm.col.unsur": ("Unsur", "Unsur"),
    "ikm.col.unsur_name": ("Nama unsur", "Unsur name"),
    "ikm.col.nrr": ("NRR", "NRR"),
    "ikm.col.weighted": ("NRR tertimbang", "Weighted NRR"),
    "ikm.col.answers": ("Jawaban", "Answers"),
    "ikm.col.period": ("Periode", "Period"),
    "ikm.col.published": ("IKM terbit", "Published IKM"),
    "ikm.unknown_n.title": (
        "Rekap tanpa jumlah responden (n tidak diketahui)",
        "Recaps without a respondent count (n unknown)",
    ),
    "ikm.unknown_n.caption": (
        "{n} unit-periode dari rekap instansi tidak menyebut jumlah responden, sehingga tidak"
        " ikut dalam IKM gabungan di atas (yang dibobot menurut jumlah responden). IKM tiap unit"
        " di bawah dihitung tanpa bobot responden (25 × NRR × 1/n unsur). Lengkapi kolom jumlah"
        " responden lalu unggah ulang agar unit ini ikut dihitung.",
        "{n} unit-periods from agency recaps give no respondent count, so they are not in the"
        " pooled IKM above (which is weighted by respondents). The IKM of each unit below is"
        " computed without respondent weights (25 × NRR × 1/n unsur). Fill in the respondent"
        " count and upload again to include these units.",
    ),
    "ikm.unknown_n.short": (
        "⚠ {n} unit-periode dari rekap tanpa jumlah responden tidak masuk IKM gabungan ini;"
        " IKM-nya ada di bagian paling bawah halaman.",
        "⚠ {n} unit-periods from recaps without a respondent count are not in this pooled IKM;"
        " their IKM is at the bottom of the page.",
    ),
    "ikm.unknown_n.only": (
        "Untuk filter ini hanya ada rekap tanpa jumlah responden: IKM gabungan tidak dapat"
        " dihitung tanpa bobot. IKM per unit ada di bawah.",
        "For this filter there are only recaps without a respondent count: a pooled IKM cannot be"
        " computed without weights. The IKM per unit is below.",
    ),
    "ikm.col.service_users": ("Pengguna layanan (N)", "Service users (N)"),
    "ikm.col.needed": ("Sampel minimal", "Minimum sample"),
    "ikm.col.adequate": ("Kecukupan sampel", "Sample adequacy"),
    "ikm.col.source": ("Sumber data", "Data source"),
    "ikm.source.responden": ("jawaban responden", "respondent answers"),
    "ikm.source.rekap": ("rekap", "recap"),
    "ikm.adequate.yes": ("✓ Cukup", "✓ Enough"),
    "ikm.adequate.no": ("✗ Kurang", "✗ Too few"),
    "ikm.adequate.unknown": ("— N tidak diketahui", "— N unknown"),
    "ikm.weakest_short": ("terlemah", "weakest"),
    "ikm.cli.file_or_db": (
        "berikan satu berkas SKM (FILE) atau --from-db, tidak keduanya.",
        "give one SKM file (FILE) or --from-db, not both.",
    ),
    "ikm.cli.bad_date": (
        "tanggal {flag} '{value}' tidak terbaca; tulis YYYY-MM-DD, mis. 2024-07-01.",
        "date {flag} '{value}' is not readable; write YYYY-MM-DD, e.g. 2024-07-01.",
    ),
    "ikm.cli.no_data": (
        "Tidak ada data SKM untuk dihitung pada rentang dan kab/kota ini.",
        "No SKM data to compute for this range and regency/city.",
    ),
    "ikm.cli.weight": ("Bobot per unsur: {weight}", "Weight per unsur: {weight}"),
    "ikm.cli.no_file": (
        "berkas '{path}' tidak ditemukan; periksa nama dan foldernya.",
        "file '{path}' not found; check its name and folder.",
    ),
    "ikm.caption": (
        "Indeks Kepuasan Masyarakat dari Survei Kepuasan Masyarakat (SKM), dihitung sesuai"
        " PermenPANRB No. 14 Tahun 2017.",
        "Community Satisfaction Index from the Community Satisfaction Survey (SKM), computed as"
        " PermenPANRB No. 14/2017 prescribes.",
    ),
    "ikm.empty": (
        "Belum ada data SKM. Unggah hasil survei lewat menu Unggah data → jenis"
        " 'SKM: jawaban responden' (ekspor Google Forms atau lembar kerja, jawaban 1–4 atau label"
        " seperti 'Sangat sesuai'), atau 'SKM: rekap NRR per unsur' bila hanya ada rekap."
        " Templat tersedia di bawah ini.",
        "No SKM data yet. Upload survey results via Upload data → kind 'SKM: respondent"
        " answers' (a Google Forms export or a sheet, answers 1–4 or labels such as 'Sangat"
        " sesuai'), or 'SKM: recap of NRR per unsur' when only a recap exists. Templates are"
        " below.",
    ),
    "ikm.empty_filter": (
        "Tidak ada data SKM pada periode dan kab/kota yang dipilih. Pilih periode lain di"
        " sidebar (mis. 'Semua data').",
        "No SKM data in the chosen period and regency/city. Choose another period in the"
        " sidebar (e.g. 'All data').",
    ),
    "ikm.template_skm": ("Templat SKM jawaban responden", "SKM respondent template"),
    "ikm.template_recap": ("Templat SKM rekap NRR", "SKM recap template"),
    "ikm.rounded_toggle": ("Pakai bobot dibulatkan (0,111)", "Use the rounded weight (0.111)"),
    "ikm.rounded_help": (
        "Bawaan: bobot tepat 1/n (PermenPANRB 14/2017). Sebagian laporan mengalikan dengan bobot"
        " yang dibulatkan, sehingga IKM maksimum menjadi 99,90 (0,111) atau 99,00 (0,11). Aktifkan"
        " hanya untuk mencocokkan angka dengan laporan seperti itu.",
        "Default: the exact weight 1/n (PermenPANRB 14/2017). Some reports multiply by a rounded"
        " weight, which caps the index at 99.90 (0.111) or 99.00 (0.11). Turn on only to"
        " reconcile figures with such reports.",
    ),
    "ikm.rounded_digits": ("Pembulatan bobot", "Weight rounding"),
    "ikm.rounded_active": (
        "Memakai bobot dibulatkan {weight}: angka dapat sedikit lebih rendah daripada bobot tepat.",
        "Using the rounded weight {weight}: figures may be slightly lower than with the exact"
        " weight.",
    ),
    "ikm.kpi.ikm": ("IKM", "IKM"),
    "ikm.kpi.respondents": ("Responden", "Respondents"),
    "ikm.kpi.units": ("Unit layanan", "Service units"),
    "ikm.kpi.weakest": ("Unsur terlemah", "Weakest unsur"),
    "ikm.weakest_help": (
        "Unsur dengan NRR terendah pada periode dan kab/kota ini: tempat perbaikan pertama.",
        "The unsur with the lowest NRR in this period and regency/city: the first place to"
        " improve.",
    ),
    "ikm.tab.unit": ("Per unit layanan", "By service unit"),
    "ikm.tab.kabkota": ("Per kab/kota", "By regency/city"),
    "ikm.tab.unsur": ("NRR per unsur", "NRR per unsur"),
    "ikm.tab.trend": ("Tren", "Trend"),
    "ikm.tab.sample": ("Kecukupan sampel", "Sample adequacy"),
    "ikm.tab.method": ("Metode", "Method"),
    "ikm.trend_by": ("Per", "By"),
    "ikm.trend_caption": (
        "Seluruh periode sampai {end}, dengan filter kab/kota yang sama. Garis titik-titik:"
        " batas mutu (65,00 · 76,61 · 88,31).",
        "Every period up to {end}, with the same regency/city filter. Dotted lines: grade"
        " boundaries (65.00 · 76.61 · 88.31).",
    ),
    "ikm.unit_caption": (
        "Diurutkan dari IKM tertinggi. Garis titik-titik: batas mutu. Menampilkan {n} dari"
        " {total} unit.",
        "Sorted from the highest IKM. Dotted lines: grade boundaries. Showing {n} of {total}"
        " units.",
    ),
    "ikm.unsur_caption": (
        "Unsur terlemah ({weakest}) diberi warna merah-oranye dan arsiran: prioritas perbaikan"
        " pertama.",
        "The weakest unsur ({weakest}) is vermillion and hatched: the first place to improve.",
    ),
    "ikm.sample_caption": (
        "Sampel minimal menurut Krejcie & Morgan (1970) dari jumlah pengguna layanan (N) pada"
        " periode itu: s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), χ² = 3,841; P = 0,5; d = 0,05.",
        "Minimum sample after Krejcie & Morgan (1970) from the number of service users (N) in"
        " that period: s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), χ² = 3.841; P = 0.5; d = 0.05.",
    ),
    "ikm.sample_none": (
        "Jumlah pengguna layanan (N) belum diunggah, sehingga kecukupan sampel belum dapat"
        " dinilai. Isi kolom 'Jumlah pengguna layanan' pada unggahan SKM atau rekap.",
        "The number of service users (N) has not been uploaded, so sample adequacy cannot be"
        " judged yet. Fill in the 'Jumlah pengguna layanan' column in the SKM or recap upload.",
    ),
    "ikm.sample_level": ("Tingkat", "Level"),
    "ikm.sample_head.unit": ("Unit layanan · Kab/Kota", "Service unit · Regency/City"),
    "ikm.sample_head.kabkota": ("Kab/Kota", "Regency/City"),
    "ikm.period_running": ("(berjalan)", "(in progress)"),
    "ikm.sample_short": (
        "{n} dari {total} unit/periode kekurangan responden.",
        "{n} of {total} units/periods have too few respondents.",
    ),
    "ikm.method_md": (
        "**Rumus (PermenPANRB No. 14 Tahun 2017, Lampiran).** NRR per unsur = jumlah nilai"
        " unsur ÷ jumlah kuesioner yang terisi (nilai 1–4). IKM = 25 × Σ(NRR × bobot), bobot ="
        " 1/n untuk n unsur (9 unsur baku; jumlah lain mengikuti unggahan).\n\n"
        "**Mutu dan kinerja unit pelayanan** (nilai interval konversi): A Sangat Baik 88,31–100,00;"
        " B Baik 76,61–88,30; C Kurang Baik 65,00–76,60; D Tidak Baik 25,00–64,99. Batas diterapkan"
        " pada nilai yang belum dibulatkan tanpa celah: D < 65,00 ≤ C ≤ 76,60 < B ≤ 88,30 < A"
        " (mis. 88,305 → A). Angka ditampilkan dua desimal.\n\n"
        "**Bobot dibulatkan.** Contoh pada lampiran mencetak bobot 0,111; sebagian instansi"
        " menghitung dengan 0,111 atau 0,11 sehingga IKM maksimum 99,90 atau 99,00. Gema memakai"
        " 1/n; bobot dibulatkan hanya bila diaktifkan.\n\n"
        "**Penggabungan data.** Jawaban responden dan rekap digabung rata-rata tertimbang menurut"
        " jumlah responden; rekap hanya dipakai untuk unit dan periode yang tidak memiliki"
        " jawaban responden, agar tidak terhitung dua kali.\n\n"
        "**Kecukupan sampel** menurut Krejcie & Morgan (1970), dibulatkan ke atas"
        " (N = 100 → 80; 1.000 → 278; 10.000 → 370).",
        "**Formula (PermenPANRB No. 14/2017, Annex).** NRR per unsur = sum of the unsur's scores"
        " ÷ number of filled questionnaires (scores 1–4). IKM = 25 × Σ(NRR × weight), weight ="
        " 1/n for n unsur (9 standard; other counts follow the upload).\n\n"
        "**Grade and performance** (converted interval): A Very good 88.31–100.00; B Good"
        " 76.61–88.30; C Poor 65.00–76.60; D Very poor 25.00–64.99. Boundaries apply to the"
        " unrounded value without gaps: D < 65.00 ≤ C ≤ 76.60 < B ≤ 88.30 < A (e.g. 88.305 → A)."
        " Figures are shown with two decimals.\n\n"
        "**Rounded weight.** The annex's example prints the weight as 0.111; some agencies"
        " compute with 0.111 or 0.11, capping the index at 99.90 or 99.00. Gema uses 1/n; the"
        " rounded weight only when switched on.\n\n"
        "**Combining data.** Respondent answers and recaps are pooled as a mean weighted by"
        " respondents; a recap is used only for units and periods without respondent answers,"
        " so nothing is counted twice.\n\n"
        "**Sample adequacy** after Krejcie & Morgan (1970), rounded up"
        " (N = 100 → 80; 1,000 → 278; 10,000 → 370).",
    ),
    "ikm.map.metric": ("IKM (kepuasan masyarakat)", "IKM (public satisfaction)"),
    "ikm.map.help": (
        "Indeks Kepuasan Masyarakat per kab/kota dari SKM (PermenPANRB 14/2017), 25–100.",
        "Community Satisfaction Index per regency/city from the SKM (PermenPANRB 14/2017), 25–100.",
    ),
    "ikm.overview.card": ("IKM", "IKM"),
    "ikm.caveat.short": (
        "⚠ sampel kurang (n = {n} responden)",
        "⚠ sample too small (n = {n} respondents)",
    ),
    "ikm.caveat.unknown_n": (
        "⚠ {n} unit tanpa jumlah responden tidak dihitung (lihat Kepuasan)",
        "⚠ {n} units without a respondent count left out (see Satisfaction)",
    ),
    "ikm.overview.help": (
        "Indeks Kepuasan Masyarakat (25–100) dari Survei Kepuasan Masyarakat pada periode ini,"
        " dihitung sesuai PermenPANRB 14/2017 dengan bobot 1/n. Mutu: A di atas 88,30; B di atas"
        " 76,60; C mulai 65,00; D di bawahnya. Rincian di halaman Kepuasan (IKM).",
        "Community Satisfaction Index (25–100) from the satisfaction survey in this period,"
        " computed as PermenPANRB 14/2017 prescribes with weight 1/n. Grade: A above 88.30; B"
        " above 76.60; C from 65.00; D below. Details on the Satisfaction (IKM) page.",
    ),
}
