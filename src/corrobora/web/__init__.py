"""The web UI and JSON API over a store (``corrobora serve``); needs ``corrobora[web]``.

:func:`create_app` builds the FastAPI application from a :class:`WebConfig`; the pages
are rendered on the server and readable without JavaScript.
"""

from __future__ import annotations

from .app import create_app
from .config import WebConfig

__all__ = ["WebConfig", "create_app"]
