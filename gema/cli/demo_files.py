"""`python -m gema demo-files OUTDIR`: write sample export files (Meta Business Suite, TikTok
Studio, YouTube Studio, tweet-harvest, Google Forms SKM, LAPOR!) for trying the upload page."""

from __future__ import annotations

import argparse
from pathlib import Path

from gema.cli import EXIT_OK, UsageError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "demo-files", help="tulis contoh berkas ekspor (data contoh) untuk dicoba diunggah"
    )
    p.add_argument("outdir", metavar="OUTDIR", type=Path, help="folder tujuan")
    p.add_argument("--rows", type=int, default=150, help="baris per berkas, paling banyak")
    p.add_argument("--seed", type=int, default=None, help="seed (bawaan berbeda dari demo)")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from gema import demo
    from gema.core import i18n

    if not 10 <= args.rows <= 5_000:
        raise UsageError("--rows harus antara 10 dan 5000")
    if args.outdir.exists() and not args.outdir.is_dir():
        raise UsageError(f"{args.outdir} bukan folder")
    seed = demo.SAMPLE_SEED if args.seed is None else args.seed
    paths = demo.write_sample_files(args.outdir, seed=seed, rows=args.rows)
    for path in paths:
        print(f"{path}  ({i18n.fmt_int(path.stat().st_size)} bita)")
    return EXIT_OK
