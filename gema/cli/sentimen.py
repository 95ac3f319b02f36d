"""`python -m gema sentimen`: label feedback that has no sentiment/topic yet (--ulang: compute
computed labels again after data/sentiment or data/topics was edited); --learn FILE imports
labelled examples and retrains the classifier; --evaluate FILE scores the active method on a
labelled file (--json for the machine-readable contract)."""

from __future__ import annotations

import argparse
import json
import sys

from gema import sentimen
from gema.core import i18n, store
from gema.ingest import labelled
from gema.sentimen import learn


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sentimen", help="hitung label sentimen dan topik aspirasi; latih dan uji metodenya"
    )
    p.add_argument("--batch", type=int, default=None, metavar="N", help="hanya batch impor N")
    p.add_argument(
        "--ulang",
        action="store_true",
        help="hitung ulang label hasil hitungan (label unggahan dan koreksi staf tetap)",
    )
    p.add_argument(
        "--learn",
        nargs="+",
        metavar="FILE",
        help="impor contoh berlabel (CSV/TSV/XLSX) lalu latih ulang model",
    )
    p.add_argument(
        "--evaluate",
        nargs="+",
        metavar="FILE",
        help="uji metode aktif pada berkas berlabel",
    )
    p.add_argument("--text-col", default=None, metavar="C", help="kolom teks (bawaan: text)")
    p.add_argument("--label-col", default=None, metavar="C", help="kolom label (bawaan: label)")
    p.add_argument("--json", action="store_true", help="hasil --evaluate sebagai JSON")
    p.add_argument("--user", default="cli", help="nama pengguna di jejak audit")
    p.set_defaults(handler=handle)


def _read(files: list[str], args: argparse.Namespace) -> list[tuple[str, object]]:
    out = []
    for f in files:
        out.append((f, labelled.read_labelled(f, args.text_col, args.label_col)))
    return out


def handle(args: argparse.Namespace) -> int:
    try:
        if args.learn:
            frames = _read(args.learn, args)
        elif args.evaluate:
            frames = _read(args.evaluate, args)
        else:
            frames = []
    except labelled.LabelFileError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    conn = store.connect()
    try:
        if args.learn:
            return _learn(conn, frames, args)
        if args.evaluate:
            return _evaluate(conn, frames, args)
        if args.ulang:
            n = sentimen.relabel_computed(conn, batch_id=args.batch)
        else:
            n = sentimen.label_feedback(conn, batch_id=args.batch)
    finally:
        conn.close()
    print(f"{i18n.fmt_int(n)} baris aspirasi diberi label sentimen/topik.")
    return 0


def _learn(conn, frames, args: argparse.Namespace) -> int:
    for name, df in frames:
        n = learn.import_examples(conn, df, name, args.user)
        print(f"{i18n.fmt_int(n)} contoh berlabel dari {name} disimpan.")
    res = learn.train(conn, args.user)
    if res.version is None:
        print(res.message, file=sys.stderr)
        return 1
    print(
        f"Model v{res.version}: {i18n.fmt_int(res.n_examples)} contoh "
        f"({i18n.fmt_int(res.n_corrections)} koreksi staf); macro-F1 validasi silang "
        f"{res.cv_f1_model:.3f} vs leksikon {res.cv_f1_lexicon:.3f}."
    )
    if res.activated:
        n = sentimen.relabel_computed(conn)
        print(f"Model v{res.version} aktif; {i18n.fmt_int(n)} baris aspirasi dilabel ulang.")
    else:
        print("Model tidak lebih baik dari leksikon: metode aktif tidak diubah.")
    return 0


def _evaluate(conn, frames, args: argparse.Namespace) -> int:
    import pandas as pd

    method = learn.active_analyzer(conn)
    df = pd.concat([f for _, f in frames], ignore_index=True)
    result = learn.evaluate(method, df)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(
        f"Metode: {result['method']}; n = {i18n.fmt_int(result['n'])}; "
        f"macro-F1 {result['macro_f1']:.3f}"
    )
    for c, r in result["per_class"].items():
        print(
            f"  {c:8} presisi {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}"
            f"  (n={r['support']})"
        )
    print("Matriks kebingungan (baris = label benar, kolom = prediksi; positif/netral/negatif):")
    for row in result["confusion"]:
        print("  " + " ".join(f"{v:5d}" for v in row))
    return 0
