"""Browser (Playwright/Chromium) end-to-end tests; shared fixtures in conftest.py."""
