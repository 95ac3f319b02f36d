"""Gema Banten: reach of public communication and the public's voice, per kab/kota of Banten."""

__version__ = "0.1.0"
