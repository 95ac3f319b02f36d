"""Reliability suite (issue 16): hostile inputs, concurrency, privacy. Every test here is marked
`reliability` and runs in CI with the rest of the suite."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/reliability/" in str(item.fspath):
            item.add_marker(pytest.mark.reliability)
