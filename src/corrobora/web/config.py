"""What a web application is built from: the store, ingest rights and display sizes."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ConfigError
from ..settings import Settings

MIN_TOKEN_LENGTH = 16
"""The shortest ingest token accepted: guessing it must be out of reach."""

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
"""Host names that only this machine can reach."""


@dataclass(frozen=True, slots=True)
class WebConfig:
    """Settings of one web application.

    Attributes:
        settings: run settings; ``settings.db`` is the store served, and the analysis
            settings are used by ingest.
        allow_ingest: accept new articles through the UI and API (needs ``token``).
        token: the secret an ingest request must carry.
        allowed_hosts: Host headers answered; others get 400 (guards a loopback
            server against DNS rebinding). ``("*",)`` answers every host.
        page_size: stories per page of the listing, by default.
        max_upload_bytes: the largest ingest request body accepted.
        cache_size: rendered story pages and documents kept in memory, compressed
            (0: none).
        warm: render the pages of the most recent stories into the cache at start
            (as many as it holds), in a thread of its own.
        threads: requests a worker process answers at once. Rendering is CPU work
            that holds Python's interpreter lock, so on a SQLite store one at a time
            (the default) answers fastest; None picks 1 for SQLite and 4 for a
            PostgreSQL store, whose reads wait on the network.
    """

    settings: Settings = field(default_factory=Settings)
    allow_ingest: bool = False
    token: str | None = None
    allowed_hosts: tuple[str, ...] = ("*",)
    page_size: int = 20
    max_upload_bytes: int = 20 * 1024 * 1024
    cache_size: int = 8192
    threads: int | None = None
    warm: bool = False

    @property
    def request_threads(self) -> int:
        """The number of requests answered at once, ``threads`` or its default."""
        if self.threads is not None:
            return self.threads
        return 4 if self.settings.db.startswith(("postgresql:", "postgres:")) else 1

    def __post_init__(self) -> None:
        if self.allow_ingest and not self.token:
            raise ConfigError("ingest through the web needs a token; set one with --token")
        if self.token is not None and len(self.token) < MIN_TOKEN_LENGTH:
            raise ConfigError(
                f"the token is too short ({len(self.token)} characters); "
                f"use at least {MIN_TOKEN_LENGTH}"
            )
        if self.cache_size < 0:
            raise ConfigError(f"cache_size must be 0 or more, got {self.cache_size}")
        if self.threads is not None and not 1 <= self.threads <= 256:
            raise ConfigError(f"threads must be in [1, 256], got {self.threads}")
        if not 1 <= self.page_size <= 100:
            raise ConfigError(f"page_size must be in [1, 100], got {self.page_size}")


def is_loopback(host: str) -> bool:
    """True when ``host`` is an address or name that only this machine can reach."""
    return host in LOOPBACK_HOSTS or host.startswith("127.")
