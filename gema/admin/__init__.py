"""What the admin pages (Audit, Pengguna, Data referensi) use: the audit trail and the accounts.

Both live in gema.core, because sign-in and every feature write to them; pages reach them through
this package, never through gema.core (tests/test_layering.py)."""

from gema.core import audit, auth

__all__ = ["audit", "auth"]
