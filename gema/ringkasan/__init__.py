"""Ringkasan: the state of public communication in 10 seconds (pages/ringkasan.py).

data (KPIs from every feature, weekly trend, top campaigns and topics) · changes (the generated
"apa yang berubah" list) · figures (weekly trend, top topics) · page (`page_data`).
"""

from gema.ringkasan.page import PageData, page_data

__all__ = ["PageData", "page_data"]
