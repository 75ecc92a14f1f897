"""What request handlers share: the application's state, reached as a dependency."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from .cache import LRU
from .config import WebConfig
from .render import Pages
from .stores import StorePool


@dataclass(frozen=True, slots=True)
class WebState:
    """The configuration, the store connections, the renderer and the caches of one app.

    ``answers`` keeps rendered story pages and documents (see :mod:`corrobora.web.cache`
    for when they are renewed).
    """

    config: WebConfig
    pool: StorePool
    pages: Pages
    answers: LRU[bytes]


def get_state(request: Request) -> WebState:
    """Return the state of the application serving ``request``."""
    state: WebState = request.app.state.web
    return state
