"""Downloading pages and feeds, only when the user asks; the only module that imports httpx.

A :class:`Fetcher` sends plain GET requests with a ``User-Agent`` naming corrobora and
its version, a timeout on connecting and on each read plus one on the whole download,
a size limit (checked against ``Content-Length`` and again while reading), and a pause
between two requests to the same host. Before every connection, redirects included, the
host name is resolved and the request goes to the address checked: loopback, private,
link-local and other non-public addresses are refused unless allowed, so a feed cannot
send corrobora to a service on the user's own machine or network.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import urljoin

import httpx

from .. import __version__
from ..errors import ConfigError, IngestError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Sequence[str]]
"""Turns a host name and port into IP addresses (``socket.getaddrinfo`` by default)."""

USER_AGENT = f"corrobora/{__version__} (news reconciliation; +python-httpx)"
ALLOW_HINT = "pass --allow-private to allow it"
_SCHEMES = ("http", "https")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How corrobora downloads: time limits, politeness and the addresses it may reach.

    Attributes:
        timeout: seconds allowed to connect, and to wait for each piece of an answer.
        total_timeout: seconds allowed for one whole download, redirects included.
        delay: seconds between the end of one request and the start of the next to the
            same host.
        max_redirects: redirects followed per download.
        allow_private: reach loopback, private and link-local addresses too.
        allowed_networks: networks (``"10.1.0.0/16"``) reachable although not public.
        user_agent: the ``User-Agent`` header sent.
    """

    timeout: float = 15.0
    total_timeout: float = 60.0
    delay: float = 1.0
    max_redirects: int = 5
    allow_private: bool = False
    allowed_networks: tuple[str, ...] = ()
    user_agent: str = USER_AGENT
    _networks: tuple[IPNetwork, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("timeout", "total_timeout"):
            if not getattr(self, name) > 0:
                raise ConfigError(f"fetch {name} must be positive, got {getattr(self, name)!r}")
        if self.delay < 0:
            raise ConfigError(f"fetch delay must be zero or more, got {self.delay!r}")
        if self.max_redirects < 0:
            raise ConfigError(f"max_redirects must be zero or more, got {self.max_redirects!r}")
        networks = []
        for text in self.allowed_networks:
            try:
                networks.append(ipaddress.ip_network(text, strict=False))
            except ValueError:
                raise ConfigError(f"not an IP network: {text!r}") from None
        object.__setattr__(self, "_networks", tuple(networks))

    def permits(self, address: IPAddress) -> bool:
        """True when connecting to ``address`` is allowed."""
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if self.allow_private or any(address in network for network in self._networks):
            return True
        return address.is_global and not address.is_multicast


@dataclass(frozen=True, slots=True)
class Download:
    """A downloaded document: its final URL, HTTP ``Content-Type`` and bytes."""

    url: str
    content_type: str | None
    body: bytes


class Fetcher:
    """Downloads URLs one at a time under :class:`FetchOptions`; close it when done.

    Args:
        options: limits, politeness and reachable addresses.
        max_bytes: a document larger than this is refused.
        resolve: the name resolver (tests and offline tools can pass their own).
    """

    def __init__(
        self,
        options: FetchOptions,
        *,
        max_bytes: int,
        resolve: Resolver | None = None,
    ) -> None:
        self.options = options
        self.max_bytes = max_bytes
        self._resolve = resolve or _system_resolve
        self._last: dict[str, float] = {}
        # No kept-alive connections: each request connects to the address just checked.
        self._client = httpx.Client(
            timeout=httpx.Timeout(options.timeout),
            follow_redirects=False,
            trust_env=False,
            limits=httpx.Limits(max_keepalive_connections=0),
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the HTTP connections."""
        self._client.close()

    def get(self, url: str) -> Download:
        """Download ``url``, following redirects.

        Raises:
            IngestError: named by ``url``: a bad or refused address, a timeout, an HTTP
                status other than 2xx, too many redirects, or a document too large.
        """
        deadline = time.monotonic() + self.options.total_timeout
        current = url
        for _ in range(self.options.max_redirects + 1):
            try:
                download, location = self._request(current, deadline)
            except IngestError as error:
                if current != url:
                    raise IngestError(
                        url, f"after a redirect to {current}: {error.cause}"
                    ) from None
                raise
            if download is not None:
                return download
            try:
                current = urljoin(current, location)
            except ValueError:
                raise IngestError(url, f"bad redirect location {location[:80]!r}") from None
        raise IngestError(url, f"more than {self.options.max_redirects} redirects")

    def _request(self, url: str, deadline: float) -> tuple[Download | None, str]:
        """One GET: the download, or None and the redirect's target."""
        target, host, headers, extensions = self._target(url)
        self._wait(host)
        try:
            with self._client.stream(
                "GET", target, headers=headers, extensions=extensions
            ) as response:
                if response.status_code in _REDIRECTS and response.headers.get("location"):
                    return None, response.headers["location"]
                if not 200 <= response.status_code < 300:
                    reason = f" {response.reason_phrase}" if response.reason_phrase else ""
                    raise IngestError(url, f"HTTP {response.status_code}{reason}")
                body = self._read(response, url, deadline)
                return Download(url, response.headers.get("content-type"), body), ""
        except httpx.TimeoutException:
            raise IngestError(
                url, f"timed out (no answer within {self.options.timeout:g} s)"
            ) from None
        except httpx.HTTPError as error:
            raise IngestError(url, f"download failed ({_reason(error)})") from None
        finally:
            self._last[host] = time.monotonic()

    def _target(self, url: str) -> tuple[httpx.URL, str, dict[str, str], dict[str, str]]:
        """Check ``url`` and its address; return the URL to request and what goes with it."""
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError):
            raise IngestError(url, "not a valid URL") from None
        if parsed.scheme not in _SCHEMES:
            raise IngestError(url, "only http and https URLs are downloaded")
        if not parsed.raw_host:
            raise IngestError(url, "the URL has no host")
        host = parsed.raw_host.decode("ascii")
        default_port = 443 if parsed.scheme == "https" else 80
        port = parsed.port or default_port
        address = self._address(url, host, port)
        named = f"[{host}]" if ":" in host else host
        headers = {
            "Host": named if port == default_port else f"{named}:{port}",
            "User-Agent": self.options.user_agent,
            "Accept": _ACCEPT,
        }
        extensions = {"sni_hostname": host} if parsed.scheme == "https" else {}
        return parsed.copy_with(host=str(address)), host.lower(), headers, extensions

    def _address(self, url: str, host: str, port: int) -> IPAddress:
        """Resolve ``host`` and return its first address, refusing any not permitted."""
        try:
            found = [ipaddress.ip_address(a.split("%", 1)[0]) for a in self._resolve(host, port)]
        except (OSError, UnicodeError, ValueError):
            raise IngestError(url, f"cannot resolve the host {host!r}") from None
        if not found:
            raise IngestError(url, f"cannot resolve the host {host!r}")
        for address in found:
            if not self.options.permits(address):
                raise IngestError(
                    url,
                    f"refused: {host} is at {address}, a {_kind(address)} address ({ALLOW_HINT})",
                )
        return found[0]

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = last + self.options.delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)

    def _read(self, response: httpx.Response, url: str, deadline: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise IngestError(url, _too_large(self.max_bytes))
        parts: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise IngestError(url, _too_large(self.max_bytes))
            if time.monotonic() > deadline:
                raise IngestError(
                    url, f"timed out (not done within {self.options.total_timeout:g} s)"
                )
            parts.append(chunk)
        return b"".join(parts)


def _system_resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def _kind(address: IPAddress) -> str:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for kind in ("loopback", "link-local", "unspecified", "multicast", "private", "reserved"):
        if getattr(address, "is_" + kind.replace("-", "_")):
            return kind
    return "non-public"


def _reason(error: httpx.HTTPError) -> str:
    text = str(error).strip()
    if isinstance(error, httpx.ConnectError) and "refused" in text.lower():
        return "connection refused"
    return text or type(error).__name__


def _too_large(limit: int) -> str:
    return f"too large (more than the {limit / 1_000_000:g} MB limit)"
