"""i18n catalogue, early warning, follow-up and agenda (issue 13).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- early warning, follow-up, agenda (issue 13) ------------------------------------------
    "nav.peringatan": ("Peringatan", "Alerts"),
    "nav.agenda": ("Agenda pimpinan", "Leadership agenda"),
    "alerts.all_topics": ("Semua topik", "All topics"),
    "alerts.today": ("hari ini", "today"),
    "alerts.yesterday": ("kemarin", "yesterday"),
    "alerts.on_day": ("pada {day}", "on {day}"),
    "alerts.words": ("; kata teratas: {words}", "; top words: {words}"),
    "alerts.neg_part": ("; {share} negatif", "; {share} negative"),
    "alerts.explain.volume": (
        "{topic} di {place}: {n} aspirasi {when}, biasanya {usual}",
        "{topic} in {place}: {n} aspirations {when}, usually {usual}",
    ),
    "alerts.explain.negative": (
        "Sentimen negatif naik: {topic} di {place}: {share} negatif {when} (dari {n} aspirasi), "
        "biasanya {usual}",
        "Negative sentiment up: {topic} in {place}: {share} negative {when} (of {n} "
        "aspirations), usually {usual}",
    ),
    "alerts.title": ("Peringatan dini", "Early warning"),
    "alerts.caption": (
        "Lonjakan aspirasi per kabupaten/kota dan topik dibandingkan dengan tingkat biasanya, "
        "serta lonjakan porsi sentimen negatif. Dihitung setelah setiap unggahan.",
        "Surges in aspirations per kabupaten/kota and topic against their usual level, and "
        "jumps in the negative share. Computed after every upload.",
    ),
    "alerts.see_all": ("Semua peringatan", "All alerts"),
    "alerts.open": ("Lihat aspirasinya", "See the aspirations"),
    "alerts.handle": ("Tandai / tugaskan", "Acknowledge / assign"),
    "alerts.assign_to": ("Ditugaskan kepada", "Assigned to"),
    "alerts.note": ("Catatan", "Note"),
    "alerts.ack": ("Tandai sudah ditangani", "Mark as acknowledged"),
    "alerts.ack_by": ("ditandai oleh {who}", "acknowledged by {who}"),
    "alerts.assigned": ("ditugaskan kepada {who}", "assigned to {who}"),
    "alerts.more": ("dan {n} peringatan lain", "and {n} more alerts"),
    "alerts.window": ("Rentang", "Window"),
    "alerts.window_line": ("{period}: {n} peringatan", "{period}: {n} alerts"),
    "alerts.none": (
        "Tidak ada lonjakan yang melewati ambang pada rentang ini.",
        "No surge crossed the thresholds in this window.",
    ),
    "alerts.recompute.title": ("Hitung ulang", "Recompute"),
    "alerts.recompute.caption": (
        "Menghitung ulang peringatan {days} hari terakhir yang berdata. Peringatan yang sudah "
        "ditandai atau ditugaskan tetap disimpan.",
        "Recomputes the alerts of the last {days} days with data. Acknowledged or assigned "
        "alerts are kept.",
    ),
    "alerts.recompute": ("Hitung ulang sekarang", "Recompute now"),
    "alerts.recomputed": ("{n} peringatan dihitung.", "{n} alerts computed."),
    "alerts.method.title": ("Cara menghitung", "How it is computed"),
    "alerts.method": (
        "Jumlah aspirasi sehari per kabupaten/kota × topik dibandingkan dengan **median {baseline} "
        "hari sebelumnya** (hari tanpa aspirasi = 0). Median dan simpangan median absolut (MAD) "
        "tidak terseret oleh satu lonjakan lama, jadi lonjakan berikutnya tetap terlihat. "
        "Peringatan muncul bila jumlahnya minimal **{min_count}**, skor-z robusnya minimal "
        "**{z}** dan minimal **{ratio}×** tingkat biasanya. Peringatan sentimen negatif terpisah: "
        "porsi negatif naik minimal **{jump} poin** dan bermakna (z ≥ {neg_z}). Aspirasi tanpa "
        "kabupaten/kota tidak dihitung.",
        "A day's count per kabupaten/kota × topic is compared with the **median of the previous "
        "{baseline} days** (days without aspirations = 0). The median and the median absolute "
        "deviation (MAD) are not dragged up by an earlier spike, so the next one still shows. "
        "An alert needs at least **{min_count}** aspirations, a robust z-score of at least "
        "**{z}** and at least **{ratio}×** the usual level. A separate negative-sentiment alert: "
        "the negative share is up at least **{jump} points** and significant (z ≥ {neg_z}). "
        "Aspirations without a kabupaten/kota are not counted.",
    ),
    "alerts.settings": ("Ambang (admin)", "Thresholds (admin)"),
    "alerts.settings.save": ("Simpan ambang", "Save thresholds"),
    "setting.alerts.baseline_days": ("Hari pembanding (tingkat biasa)", "Baseline days"),
    "setting.alerts.min_count": ("Jumlah minimal per hari", "Minimum count per day"),
    "setting.alerts.z": ("Skor-z robust minimal", "Minimum robust z-score"),
    "setting.alerts.min_ratio": ("Rasio minimal terhadap biasanya", "Minimum ratio to usual"),
    "setting.alerts.neg_jump": (
        "Kenaikan porsi negatif minimal (0–1)",
        "Minimum rise of the negative share (0–1)",
    ),
    "setting.alerts.neg_z": ("Skor-z porsi negatif minimal", "Minimum z of the negative share"),
    "setting.followup.forward_days": (
        "Batas diteruskan ke OPD (hari kerja)",
        "Forward to OPD within (working days)",
    ),
    "setting.followup.act_days": (
        "Batas ditindaklanjuti (hari kerja)",
        "Act within (working days)",
    ),
    "setting.followup.close_days": ("Batas selesai (hari kerja)", "Close within (working days)"),
    "setting.followup.duplicate_days": (
        "Jendela aspirasi serupa (hari)",
        "Near-duplicate window (days)",
    ),
    "audit.action.alert_acknowledge": ("Tandai peringatan", "Alert acknowledged"),
    "audit.action.alerts_failed": ("Peringatan gagal dihitung", "Alerts failed"),
    "audit.action.setting_update": ("Ubah ambang", "Threshold changed"),
    "audit.action.followup": ("Tindak lanjut aspirasi", "Aspiration follow-up"),
    "audit.action.event_add": ("Tambah agenda", "Agenda event added"),
    "audit.action.event_delete": ("Hapus agenda", "Agenda event deleted"),
    "audit.action.routing_update": ("Ubah rute OPD", "OPD routing changed"),
    "audit.action.holiday_update": ("Ubah hari libur", "Holidays changed"),
    "fu.topic_filter": ("Hanya topik: {topic}", "Only topic: {topic}"),
    "fu.topic_clear": ("Semua topik", "All topics"),
    "fu.by_opd": ("Tindak lanjut per OPD", "Follow-up per OPD"),
    "fu.by_opd.caption": (
        "Siapa yang terlambat: OPD yang dikonfirmasi staf, atau (bila belum) OPD yang disarankan "
        "tabel rute topik. Terlambat = lewat batas hari kerja tahapnya; median hari sampai "
        "selesai dalam hari kalender.",
        "Who is late: the OPD confirmed by staff or, until then, the OPD the topic routing "
        "suggests. Overdue = past the working-day deadline of its stage; median days to close "
        "in calendar days.",
    ),
    "fu.col.opd": ("OPD", "OPD"),
    "fu.col.open": ("Terbuka", "Open"),
    "fu.col.overdue": ("Terlambat", "Overdue"),
    "fu.col.confirmed": ("Terbuka, OPD dikonfirmasi", "Open, OPD confirmed"),
    "fu.col.closed": ("Selesai", "Closed"),
    "fu.col.median_close": ("Median sampai selesai", "Median to close"),
    "fu.col.key": ("Nomor", "Number"),
    "fu.col.detail": ("Rincian", "Details"),
    "fu.no_route": ("(topik tanpa rute OPD)", "(topic without an OPD route)"),
    "fu.title": ("Tindak lanjut", "Follow-up"),
    "fu.opd_confirmed": ("OPD: {opd} (dikonfirmasi {who})", "OPD: {opd} (confirmed by {who})"),
    "fu.opd_suggested": ("Saran OPD dari topik: {opd}", "OPD suggested by the topic: {opd}"),
    "fu.reason_is": ("Alasan ditolak: {reason}", "Rejected because: {reason}"),
    "fu.duplicate_is": ("Duplikat dari aspirasi nomor {key}", "Duplicate of aspiration {key}"),
    "fu.to": ("Ubah status menjadi", "Change status to"),
    "fu.opd": ("OPD tujuan", "OPD"),
    "fu.opd.help": (
        "Untuk 'Diteruskan ke OPD': saran dari tabel rute topik; ubah bila perlu.",
        "For 'Forwarded to OPD': suggested by the topic routing; change it if needed.",
    ),
    "fu.reason": ("Alasan (wajib bila ditolak)", "Reason (required when rejecting)"),
    "fu.reason.help": ("Dicatat bersama perubahan status.", "Kept with the status change."),
    "fu.duplicate_of": (
        "Nomor aspirasi asli (bila duplikat)",
        "Original aspiration number (duplicate)",
    ),
    "fu.duplicate_of.help": (
        "Nomor aspirasi yang sama isinya; lihat daftar aspirasi serupa di bawah.",
        "The number of the aspiration it repeats; see the similar aspirations below.",
    ),
    "fu.save": ("Simpan tindak lanjut", "Save follow-up"),
    "fu.refused": ("Tidak dapat disimpan: {why}", "Not saved: {why}"),
    "fu.saved": ("Status diubah menjadi {state}.", "Status changed to {state}."),
    "fu.similar": (
        "{n} aspirasi serupa (kab/kota sama, isi hampir sama, waktu berdekatan):",
        "{n} similar aspirations (same kab/kota, nearly the same text, close in time):",
    ),
    "fu.group": (
        "Tandai {n} aspirasi serupa sebagai duplikat dari yang ini",
        "Mark the {n} similar aspirations as duplicates of this one",
    ),
    "fu.grouped": (
        "{n} aspirasi ditandai duplikat; tindak lanjut yang ini menutup kelompoknya.",
        "{n} aspirations marked duplicate; following up this one closes the group.",
    ),
    "fu.history": ("Riwayat tindak lanjut", "Follow-up history"),
    "ingest.kind.events": ("Agenda pimpinan (acara)", "Leadership agenda (events)"),
    "ingest.err.event_kind": (
        "Baris {row}, kolom '{column}': jenis acara '{value}' tidak dikenal. Gunakan kunjungan, "
        "FGD, peluncuran, bencana atau lainnya.",
        "Row {row}, column '{column}': unknown event kind '{value}'. Use kunjungan, FGD, "
        "peluncuran, bencana or lainnya.",
    ),
    "agenda.kind.kunjungan": ("kunjungan", "visit"),
    "agenda.kind.fgd": ("FGD", "FGD"),
    "agenda.kind.peluncuran": ("peluncuran program", "programme launch"),
    "agenda.kind.bencana": ("bencana", "disaster"),
    "agenda.kind.lainnya": ("lainnya", "other"),
    "agenda.marker": ("Agenda pimpinan", "Leadership agenda"),
    "agenda.caption": (
        "Kunjungan, FGD, peluncuran program dan bencana yang menjelaskan naik-turunnya grafik. "
        "Acara tampil sebagai bintang di setiap grafik waktu (arahkan kursor untuk judulnya) dan "
        "di ekspor.",
        "Visits, FGDs, programme launches and disasters that explain the bumps in the charts. "
        "Events show as stars on every time chart (hover for their titles) and in the exports.",
    ),
    "agenda.add": ("Tambah acara", "Add an event"),
    "agenda.date": ("Tanggal", "Date"),
    "agenda.title": ("Judul", "Title"),
    "agenda.kabkota": ("Kabupaten/kota", "Kabupaten/kota"),
    "agenda.province": ("Seluruh Banten", "All of Banten"),
    "agenda.kind": ("Jenis", "Kind"),
    "agenda.note": ("Catatan", "Note"),
    "agenda.save": ("Simpan acara", "Save event"),
    "agenda.saved": ("Acara disimpan.", "Event saved."),
    "agenda.import_hint": (
        "Banyak acara sekaligus: Unggah data → jenis 'Agenda pimpinan (acara)' (kolom tanggal, "
        "judul, kab/kota, jenis, catatan).",
        "Many events at once: Upload data → kind 'Leadership agenda (events)' (columns date, "
        "title, kab/kota, kind, note).",
    ),
    "agenda.list": ("Acara dalam periode", "Events in the period"),
    "agenda.none": ("Belum ada acara dalam periode ini.", "No events in this period yet."),
    "agenda.delete": ("Hapus acara terpilih", "Delete the selected event"),
    "agenda.uploaded": (
        "Acara dari unggahan dihapus dengan membatalkan unggahannya.",
        "Uploaded events are removed by undoing their upload.",
    ),
    "agenda.pick": (
        "Pilih satu acara untuk melihat perbandingan sebelum / sesudah.",
        "Pick an event to see its before / after comparison.",
    ),
    "agenda.ba.title": ("Sebelum / sesudah: {title}", "Before / after: {title}"),
    "agenda.ba.caption": (
        "{days} hari sebelum acara dibandingkan dengan {days} hari sejak hari acara, di {place}. "
        "Perbandingan, bukan bukti sebab-akibat: hal lain juga terjadi pada waktu yang sama.",
        "{days} days before the event against {days} days from its day on, in {place}. A "
        "comparison, not proof of cause: other things happen at the same time.",
    ),
    "agenda.ba.partial": (
        "Periode sesudah baru berjalan {n} dari {days} hari: angkanya belum lengkap.",
        "The after window has run {n} of {days} days: its figures are not complete yet.",
    ),
    "agenda.ba.reach": ("Jangkauan", "Reach"),
    "agenda.ba.feedback": ("Aspirasi", "Aspirations"),
    "agenda.ba.net": ("Sentimen bersih", "Net sentiment"),
    "agenda.ba.before": ("sebelum: {v}", "before: {v}"),
    "agenda.sheet": ("Agenda pimpinan", "Leadership agenda"),
    "agenda.col.date": ("Tanggal", "Date"),
    "agenda.col.title": ("Acara", "Event"),
    "agenda.col.kabkota": ("Kab/Kota", "Kab/Kota"),
    "agenda.col.kind": ("Jenis", "Kind"),
    "agenda.note_count": (
        "{n} acara pimpinan dalam periode ini; bintang di grafik tren menandai harinya.",
        "{n} leadership events in this period; stars on the trend chart mark their days.",
    ),
    "nav.tindak_lanjut": ("Rute OPD & hari libur", "OPD routing & holidays"),
    "fu.admin.caption": (
        "Data referensi tindak lanjut: OPD yang disarankan per topik, hari libur nasional dan "
        "cuti bersama (bukan hari kerja), dan batas hari kerja. Setiap perubahan dicatat.",
        "Follow-up reference data: the OPD suggested per topic, national holidays and cuti "
        "bersama (not working days), and the working-day deadlines. Every change is recorded.",
    ),
    "fu.admin.routing": ("Rute topik → OPD", "Topic → OPD routing"),
    "fu.admin.routing.caption": (
        "Saran awal, bukan disposisi resmi: staf tetap mengonfirmasi OPD saat meneruskan.",
        "A starting suggestion, not an official disposition: staff confirm the OPD when "
        "forwarding.",
    ),
    "fu.admin.save_routing": ("Simpan rute", "Save routing"),
    "fu.admin.holidays": (
        "Hari libur nasional dan cuti bersama",
        "National holidays and cuti bersama",
    ),
    "fu.admin.holidays.caption": (
        "Sumber: SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB) tahun "
        "2024, 2025 dan 2026. Tambahkan tahun berikutnya saat SKB-nya terbit, dan perubahan "
        "susulan (misalnya libur tambahan) bila ditetapkan.",
        "Source: SKB 3 Menteri (Ministers of Religious Affairs, Manpower and PANRB) for 2024, "
        "2025 and 2026. Add the next year when its SKB is published, and later changes (such as "
        "extra days off) when they are decided.",
    ),
    "fu.admin.holiday_name": ("Nama", "Name"),
    "fu.admin.source": ("Sumber", "Source"),
    "fu.admin.save_holidays": ("Simpan hari libur", "Save holidays"),
    "fu.admin.deadlines": ("Batas hari kerja", "Working-day deadlines"),
    "fu.admin.saved": ("Tersimpan: {n} baris diubah.", "Saved: {n} rows changed."),
}
