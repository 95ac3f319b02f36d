"""Shared building blocks every feature uses: store, filters, regions, audit, i18n, sign-in.

Nothing here imports a feature package (tests/test_layering.py checks it)."""
