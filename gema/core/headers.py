"""Frame protection for the web app: X-Frame-Options and CSP frame-ancestors on every response.

Streamlit has no setting for response headers, so serve.py passes this small ASGI middleware to
`st.App` (used by `make run` and `python -m gema serve`). 'self' (not
'none'): Streamlit's own components are same-origin frames. A site elsewhere cannot frame the
dashboard and trick a signed-in user into clicks (clickjacking).
"""

from __future__ import annotations

from typing import Any

HEADERS = (
    (b"x-frame-options", b"SAMEORIGIN"),
    (b"content-security-policy", b"frame-ancestors 'self'"),
    (b"x-content-type-options", b"nosniff"),
)


class FrameProtection:
    """ASGI middleware: add HEADERS to every HTTP response that does not set them itself."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message.get("type") == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
