"""`python -m gema boundaries check FILE [--json]` and `boundaries use FILE`: the boundary file.

    python -m gema boundaries check batas.geojson --json
    python -m gema boundaries use batas.geojson --atribusi "Batas: BIG, diolah" --pilih Serang=3604

`check` prints the matching table ({"features", "matched", "missing", "unresolved",
"repaired"}); exit 0 when at least one unit matched and nothing is unresolved, 1 otherwise, 2 for
an unreadable file. `use` installs the file exactly as the admin upload does (same checks, stored
in data/geo/uploaded/, an audit entry) and refuses (exit 1) what `check` would not pass.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from gema.cli import EXIT_OK, EXIT_REFUSED, UsageError
from gema.core import audit, i18n, store
from gema.core.regions import KODE_NAMA
from gema.peta import boundaries as geo
from gema.peta import boundaryfile


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("boundaries", help="periksa atau pasang berkas batas wilayah peta")
    sub = p.add_subparsers(dest="boundaries_command", required=True, metavar="AKSI")
    for name, helptext in (
        ("check", "cocokkan fitur berkas dengan 8 kabupaten/kota (tidak menulis apa pun)"),
        ("use", "pasang berkas sebagai batas wilayah peta (seperti unggahan admin)"),
    ):
        sp = sub.add_parser(name, help=helptext)
        sp.add_argument("file", metavar="FILE", type=Path)
        sp.add_argument(
            "--pilih",
            action="append",
            default=[],
            metavar="NAMA=KODE",
            help="keputusan untuk nama yang ambigu, mis. Serang=3604 (KODE '-' = abaikan)",
        )
        sp.add_argument("--json", action="store_true", help="cetak satu objek JSON")
        if name == "use":
            sp.add_argument(
                "--atribusi",
                default=None,
                help="sumber batas wilayah yang ditampilkan di bawah peta "
                "(bawaan: atribusi berkas yang dipakai sekarang)",
            )
            sp.add_argument("--user", default=None, help="nama pengguna untuk catatan audit")
        sp.set_defaults(handler=_check if name == "check" else _use)


def _choices(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, kode = pair.rpartition("=")
        if not sep or not name.strip() or (kode.strip() not in KODE_NAMA and kode.strip() != "-"):
            raise UsageError(f"--pilih {pair!r}: tulis NAMA=KODE (KODE 3601–3674 atau '-')")
        out[name.strip()] = kode.strip()
    return out


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"berkas {path} tidak dapat dibaca: {exc.strerror or exc}") from exc


def _print_table(result: boundaryfile.Check) -> None:
    print(f"fitur: {len(result.features)}")
    for kode, name in sorted(result.matched.items()):
        print(f"  {kode}  {KODE_NAMA[kode]:<24} ← {name}")
    if result.missing:
        print("tidak ada batas: " + ", ".join(f"{k} {KODE_NAMA[k]}" for k in result.missing))
    if result.unresolved:
        print("perlu dipilih (--pilih NAMA=KODE): " + ", ".join(result.unresolved))
    for r in result.repaired:
        print(f"diperbaiki: {r['kode']} {r['nama']}: {r['detail']}")


def _checked(args: argparse.Namespace) -> tuple[bytes, boundaryfile.Check]:
    raw = _read(args.file)
    if len(raw) > geo.MAX_BYTES:
        raise UsageError(f"berkas {args.file} lebih dari 20 MB")
    try:
        return raw, boundaryfile.check_bytes(raw, _choices(args.pilih))
    except boundaryfile.BoundaryFileError as exc:
        raise UsageError(f"berkas {args.file}: {exc}") from exc


def _check(args: argparse.Namespace) -> int:
    _raw, result = _checked(args)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False))
    else:
        _print_table(result)
    return EXIT_OK if result.usable else EXIT_REFUSED


def _actor(given: str | None) -> str:
    if given:
        return given
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def _use(args: argparse.Namespace) -> int:
    raw, result = _checked(args)
    if not result.usable:
        if args.json:
            print(json.dumps({**result.as_dict(), "installed": False}, ensure_ascii=False))
        else:
            _print_table(result)
        print(
            "ditolak: berkas belum dapat dipakai (lihat di atas); tidak ada yang diubah",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    attribution = args.atribusi if args.atribusi is not None else geo.boundaries().attribution
    saved = geo.save_upload(raw, attribution or "", choices=_choices(args.pilih))
    if not saved.ok or saved.path is None:
        message = saved.problem.message() if saved.problem else "?"
        print(f"ditolak: {message}", file=sys.stderr)
        return EXIT_REFUSED
    conn = store.connect()
    try:
        audit.record(
            conn,
            _actor(args.user),
            "boundary_upload",
            file_name=args.file.name,
            path=str(saved.path),
            sha256=saved.sha256,
            size_bytes=saved.size_bytes,
            attribution=(attribution or "").strip(),
            matched=sorted(result.matched),
            missing=result.missing,
            via="cli",
        )
    finally:
        conn.close()
    if args.json:
        print(json.dumps({**result.as_dict(), "installed": True, "path": str(saved.path)}))
    else:
        _print_table(result)
        print(i18n.t("ref.upload_saved", path=str(saved.path), sha=saved.sha256[:12]))
    return EXIT_OK
