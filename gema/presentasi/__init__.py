"""Presentasi and reports: the FGD slide deck (deck), its chart specifications (chartspec), and
the files made from it (export: PPTX, PDF, PNG, CSV; xlsx: the XLSX report)."""

from gema.presentasi import chartspec, deck, export, xlsx

__all__ = ["chartspec", "deck", "export", "xlsx"]
