"""Aspirasi: what the public says (pages/aspirasi.py).

data (feedback KPIs, volume, sentiment, kab/kota × topic, ratings, follow-up summary, search) ·
corrections (staff label corrections and the label vocabularies) · figures · frames (display
tables) · page (`page_data`).
"""

from gema.aspirasi.corrections import SENTIMENTS, STATUSES
from gema.aspirasi.page import PageData, page_data

__all__ = ["SENTIMENTS", "STATUSES", "PageData", "page_data"]
