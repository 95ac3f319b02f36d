"""i18n catalogue, access, users, sign-in and audit (issue 6).

key → (Bahasa Indonesia, English); merged into gema.core.i18n.CATALOG."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- access, audit (issue 6) -------------------------------------------------------------
    "access.kicker": ("Pemerintah Provinsi Banten", "Provincial Government of Banten"),
    "access.unit": (
        "Biro Administrasi Pimpinan dan Protokol · Sekretariat Daerah Provinsi Banten",
        "Bureau of Leadership Administration and Protocol · Regional Secretariat of Banten",
    ),
    "access.signin_title": ("Masuk", "Sign in"),
    "access.welcome": ("Selamat datang", "Welcome"),
    "access.signin_intro": (
        "Silakan masuk dengan akun yang diberikan oleh admin Gema Banten.",
        "Please sign in with the account your Gema Banten administrator gave you.",
    ),
    "access.username": ("Nama pengguna", "Username"),
    "access.password": ("Kata sandi", "Password"),
    "access.password_again": ("Ulangi kata sandi", "Repeat the password"),
    "access.signin": ("Masuk", "Sign in"),
    "access.signin_sso": ("Masuk dengan akun SSO", "Sign in with SSO"),
    "access.sso_intro": (
        "Gunakan akun SSO instansi Anda untuk masuk.",
        "Use your organisation's single sign-on account.",
    ),
    "access.signout": ("Keluar", "Sign out"),
    "access.failed": (
        "Nama pengguna atau kata sandi salah.",
        "Wrong username or password.",
    ),
    "access.wait": (
        "Terlalu banyak percobaan gagal. Coba lagi dalam {s} detik.",
        "Too many failed attempts. Try again in {s} seconds.",
    ),
    "access.expired": (
        "Sesi Anda berakhir karena tidak ada aktivitas selama {m} menit. Silakan masuk kembali.",
        "Your session ended after {m} minutes without activity. Please sign in again.",
    ),
    "access.signed_out": ("Anda telah keluar. Sampai jumpa.", "You have signed out. Goodbye."),
    "access.account_gone": (
        "Akun Anda telah dinonaktifkan atau dihapus. Hubungi admin.",
        "Your account has been disabled or removed. Please contact the administrator.",
    ),
    "access.notice": (
        "Khusus pegawai yang berwenang. Setiap percobaan masuk dicatat.",
        "Authorised staff only. Every sign-in attempt is recorded.",
    ),
    "access.setup_title": ("Penyiapan pertama", "First-time setup"),
    "access.setup_intro": (
        "Belum ada akun. Buat akun admin pertama; admin ini nanti menambahkan akun pimpinan dan "
        "staf di halaman Pengguna.",
        "There is no account yet. Create the first administrator; they will then add leadership "
        "and staff accounts on the Users page.",
    ),
    "access.setup_submit": ("Buat admin dan masuk", "Create administrator and sign in"),
    "access.mismatch": ("Kedua kata sandi tidak sama.", "The two passwords differ."),
    "access.forbidden": (
        "Halaman ini tidak tersedia untuk peran Anda ({role}).",
        "This page is not available to your role ({role}).",
    ),
    "access.no_role": (
        "Akun {name} belum diberi peran di Gema Banten. Hubungi admin.",
        "The account {name} has no role in Gema Banten yet. Please contact the administrator.",
    ),
    "access.signed_in_as": ("Masuk sebagai", "Signed in as"),
    "access.session_note": (
        "Sesi berakhir setelah {m} menit tanpa aktivitas.",
        "Sessions end after {m} minutes without activity.",
    ),
    "access.kiosk_caption": (
        "Mode kios: hanya presentasi dan dinding aspirasi (angka agregat).",
        "Kiosk mode: presentation and aspiration wall only (aggregated figures).",
    ),
    "access.kiosk_signin": ("Masuk sebagai pegawai", "Staff sign-in"),
    "access.back_to_kiosk": ("Kembali ke mode kios", "Back to kiosk mode"),
    "access.role.pimpinan": ("Pimpinan", "Leadership"),
    "access.role.staf": ("Staf", "Staff"),
    "access.role.admin": ("Admin", "Administrator"),
    "access.role.kiosk": ("Kios", "Kiosk"),
    "users.title": ("Pengguna", "Users"),
    "users.caption": (
        "Akun yang dapat masuk ke Gema Banten. Kata sandi disimpan sebagai hash argon2 dalam berkas "
        "akun di luar repositori, tidak pernah sebagai teks biasa.",
        "Accounts that may sign in to Gema Banten. Passwords are stored as argon2 hashes in an "
        "accounts file outside the repository, never as plain text.",
    ),
    "users.file": ("Berkas akun: {path}", "Accounts file: {path}"),
    "users.oidc_note": (
        "Aplikasi ini memakai SSO (OIDC): peran ditetapkan di .streamlit/secrets.toml bagian "
        "[gema]. Akun lokal di bawah tidak dipakai untuk masuk.",
        "This app uses single sign-on (OIDC): roles are set in the [gema] section of "
        ".streamlit/secrets.toml. The local accounts below are not used to sign in.",
    ),
    "users.col_username": ("Nama pengguna", "Username"),
    "users.col_role": ("Peran", "Role"),
    "users.col_status": ("Status", "Status"),
    "users.col_created": ("Dibuat", "Created"),
    "users.col_updated": ("Terakhir diubah", "Last changed"),
    "users.status_active": ("Aktif", "Active"),
    "users.status_disabled": ("Nonaktif", "Disabled"),
    "users.count": ("{n} akun", "{n} accounts"),
    "users.empty": (
        "Belum ada akun. Tambahkan dengan formulir di bawah atau dari terminal: "
        "python -m gema user add NAMA --role admin",
        "No account yet. Add one with the form below or from a terminal: "
        "python -m gema user add NAME --role admin",
    ),
    "users.roles_help": (
        "Pimpinan: semua dasbor dan unduhan. Staf: ditambah unggah data, koreksi label, catat FGD. "
        "Admin: ditambah pembatalan unggahan, data referensi, pengguna dan jejak audit.",
        "Leadership: every dashboard and export. Staff: plus upload, label corrections, FGD "
        "capture. Administrator: plus undoing uploads, reference data, users and the audit trail.",
    ),
    "users.add_title": ("Tambah pengguna", "Add a user"),
    "users.add_submit": ("Tambah pengguna", "Add user"),
    "users.added": ("Akun {name} dibuat dengan peran {role}.", "Account {name} created as {role}."),
    "users.manage_title": ("Ubah pengguna", "Change a user"),
    "users.pick": ("Pilih pengguna", "Choose a user"),
    "users.new_role": ("Peran baru", "New role"),
    "users.role_submit": ("Simpan peran", "Save role"),
    "users.role_changed": ("Peran {name} sekarang {role}.", "{name} is now {role}."),
    "users.disable": ("Nonaktifkan akun", "Disable account"),
    "users.enable": ("Aktifkan kembali", "Enable again"),
    "users.disabled_msg": ("Akun {name} dinonaktifkan.", "Account {name} disabled."),
    "users.enabled_msg": ("Akun {name} aktif kembali.", "Account {name} enabled again."),
    "users.remove": ("Hapus akun", "Remove account"),
    "users.remove_confirm": (
        "Ya, hapus akun ini (catatan auditnya tetap tersimpan)",
        "Yes, remove this account (its audit records are kept)",
    ),
    "users.removed": ("Akun {name} dihapus.", "Account {name} removed."),
    "users.reset_title": ("Atur ulang kata sandi", "Reset password"),
    "users.new_password": ("Kata sandi baru", "New password"),
    "users.reset_submit": ("Simpan kata sandi baru", "Save new password"),
    "users.reset_done": (
        "Kata sandi {name} telah diganti. Sampaikan secara langsung, jangan lewat grup percakapan.",
        "The password of {name} was changed. Hand it over in person, not in a group chat.",
    ),
    "users.err_username": (
        "Nama pengguna 2–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.",
        "Usernames have 2–32 characters: lower-case letters, digits, dot, underscore or hyphen.",
    ),
    "users.err_role": ("Peran tidak dikenal.", "Unknown role."),
    "users.err_password_short": (
        "Kata sandi minimal {n} karakter.",
        "Passwords need at least {n} characters.",
    ),
    "users.err_password_username": (
        "Kata sandi tidak boleh sama dengan nama pengguna.",
        "The password must not be the username.",
    ),
    "users.err_not_first": (
        "Admin pertama sudah dibuat oleh orang lain. Silakan masuk.",
        "The first administrator has already been created. Please sign in.",
    ),
    "users.err_exists": ("Nama pengguna {name} sudah dipakai.", "The username {name} is taken."),
    "users.err_missing": ("Akun {name} tidak ditemukan.", "No account named {name}."),
    "users.err_last_admin": (
        "Harus tetap ada setidaknya satu admin aktif.",
        "At least one active administrator must remain.",
    ),
    "users.err_self": (
        "Anda tidak dapat menonaktifkan, menghapus, atau menurunkan peran akun Anda sendiri.",
        "You cannot disable, remove or demote your own account.",
    ),
    "audit.title": ("Jejak audit", "Audit trail"),
    "audit.caption": (
        "Catatan setiap impor, pembatalan, koreksi label, entri FGD dan upaya masuk, lengkap dengan "
        "pengguna dan waktunya. Catatan ini tidak dapat diubah atau dihapus dari aplikasi.",
        "A record of every import, undo, label correction, FGD entry and sign-in attempt, with "
        "user and time. The app cannot edit or delete these records.",
    ),
    "audit.f_user": ("Pengguna", "User"),
    "audit.f_action": ("Tindakan", "Action"),
    "audit.f_dates": ("Rentang tanggal", "Date range"),
    "audit.col_time": ("Waktu", "Time"),
    "audit.col_user": ("Pengguna", "User"),
    "audit.col_action": ("Tindakan", "Action"),
    "audit.col_detail": ("Rincian", "Details"),
    "audit.no_user": ("(tanpa nama)", "(no name)"),
    "audit.showing": (
        "Menampilkan {n} dari {total} catatan, terbaru lebih dahulu.",
        "Showing {n} of {total} records, newest first.",
    ),
    "audit.empty": (
        "Belum ada catatan untuk filter ini. Catatan muncul setelah ada yang masuk, mengunggah "
        "data, mengoreksi label atau mencatat FGD.",
        "No records for these filters. Records appear once someone signs in, uploads data, "
        "corrects a label or captures an FGD entry.",
    ),
    "audit.action.signin": ("Masuk", "Sign-in"),
    "audit.action.signin_failed": ("Gagal masuk", "Failed sign-in"),
    "audit.action.signout": ("Keluar", "Sign-out"),
    "audit.action.session_expired": ("Sesi berakhir", "Session expired"),
    "audit.action.access_denied": ("Akses ditolak", "Access refused"),
    "audit.action.user_add": ("Tambah pengguna", "User added"),
    "audit.action.user_role": ("Ubah peran", "Role changed"),
    "audit.action.user_disable": ("Nonaktifkan pengguna", "User disabled"),
    "audit.action.user_enable": ("Aktifkan pengguna", "User enabled"),
    "audit.action.user_remove": ("Hapus pengguna", "User removed"),
    "audit.action.user_password": ("Ganti kata sandi", "Password reset"),
    "audit.action.import": ("Impor data", "Import"),
    "audit.action.undo": ("Batalkan unggahan", "Undo upload"),
    "audit.action.label_correction": ("Koreksi label", "Label correction"),
    "audit.action.fgd_entry": ("Entri FGD", "FGD entry"),
    "audit.action.fgd_session_open": ("Buka sesi FGD", "FGD session opened"),
    "audit.action.fgd_session_close": ("Tutup sesi FGD", "FGD session closed"),
    "audit.action.reference_update": ("Ubah data referensi", "Reference data changed"),
    "audit.action.boundary_upload": ("Unggah batas wilayah", "Boundary upload"),
}
