"""Upload templates per kind: CSV and XLSX with Indonesian headers and one example row.

The headers are the Indonesian field labels (gema.core.i18n `ingest.field.*`), which the mapping
detector knows, so a filled-in template maps itself without any choice by the user.
"""

from __future__ import annotations

import csv
import io

from gema.ingest.fields import get_kind
from gema.ingest.mapping import field_label

EXAMPLES: dict[str, str] = {
    "platform": "Instagram",
    "account": "@diskominfo.banten",
    "campaign": "Banten Bebas Sampah",
    "published_at": "15/07/2024 09.30",
    "kabkota": "Kota Serang",
    "post_id": "3401234567890123456",
    "url": "https://www.instagram.com/p/C8xYz12AbCd/",
    "title": "Ayo pilah sampah dari rumah",
    "views": "12.400",
    "impressions": "15.210",
    "reach": "9.870",
    "likes": "1.234",
    "comments": "56",
    "shares": "78",
    "saves": "12",
    "cost": "1.500.000",
    "received_at": "16/07/2024 14.05",
    "channel": "FGD",
    "topic": "jalan rusak",
    "text": "Jalan di Kecamatan Cipocok Jaya berlubang, mohon segera diperbaiki.",
    "author": "Warga Cipocok",
    "author_type": "masyarakat",
    "author_location": "Serang, Banten",
    "sentiment": "negatif",
    "status": "baru",
    "feedback_id": "FGD-2024-001",
    "handle": "diskominfo.banten",
    "display_name": "Diskominfo Provinsi Banten",
    "account_type": "opd",
    "followers": "45.300",
    "is_icn": "tidak",
    "name": "Banten Bebas Sampah",
    "theme": "Lingkungan",
    "opd": "Dinas Lingkungan Hidup dan Kehutanan",
    "start_date": "15/07/2024",
    "end_date": "30/09/2024",
    "target_kabkota": "Kota Serang; Kab. Serang",
    "budget": "250.000.000",
}


def template_columns(kind: str) -> list[tuple[str, str]]:
    """[(Indonesian header, example value)] for a kind (required fields first)."""
    spec = get_kind(kind)
    fields = spec.all_fields(())
    example = dict(spec.template_example[0]) if spec.template_example else {}
    ordered = [f for f in fields if f.required] + [f for f in fields if not f.required]
    return [
        (field_label(f.name, "id"), example.get(f.name, EXAMPLES.get(f.name, ""))) for f in ordered
    ]


def template_csv(kind: str) -> bytes:
    """UTF-8 CSV with BOM (so Excel opens it with the right encoding), separated by ';': Excel
    with Indonesian regional settings (decimal comma) splits CSV columns on ';', not ','."""
    cols = template_columns(kind)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow([h for h, _ in cols])
    writer.writerow([v for _, v in cols])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def template_xlsx(kind: str) -> bytes:
    """XLSX with the headers in bold, the example row and text-formatted id columns."""
    import xlsxwriter

    cols = template_columns(kind)
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = book.add_worksheet(kind[:31])
    bold = book.add_format({"bold": True, "bg_color": "#E8EEF7"})
    text = book.add_format({"num_format": "@"})
    for i, (header, value) in enumerate(cols):
        sheet.write_string(0, i, header, bold)
        sheet.write_string(1, i, value, text)
        sheet.set_column(i, i, max(12, len(header) + 2), text)
    sheet.freeze_panes(1, 0)
    book.close()
    return out.getvalue()
