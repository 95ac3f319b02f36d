"""Ringkasan: placeholder replaced by the dashboards work."""

from gema import ui

ui.page_header("nav.ringkasan")
