"""Builders for the ingest tests: WARC records written byte by byte, and a local HTTP server."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def http_response(
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str | None = "text/html; charset=utf-8",
    extra: tuple[tuple[str, str], ...] = (),
) -> bytes:
    lines = [f"HTTP/1.1 {status}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines += [f"{k}: {v}" for k, v in extra]
    if not any(k.lower() == "transfer-encoding" for k, _ in extra):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def warc_record(
    kind: str,
    block: bytes,
    *,
    uri: str | None = None,
    date: str = "2024-03-01T10:00:00Z",
    number: int = 0,
    content_type: str | None = None,
    length_error: int = 0,
) -> bytes:
    """One WARC/1.0 record; ``length_error`` makes its Content-Length lie by that many bytes."""
    if content_type is None:
        content_type = {
            "response": "application/http; msgtype=response",
            "request": "application/http; msgtype=request",
            "warcinfo": "application/warc-fields",
            "metadata": "application/warc-fields",
        }[kind]
    lines = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>",
        f"WARC-Date: {date}",
    ]
    if uri is not None:
        lines.append(f"WARC-Target-URI: {uri}")
    lines += [f"Content-Type: {content_type}", f"Content-Length: {len(block) + length_error}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def page(title: str, paragraphs: list[str], *, head: str = "", charset: str | None = None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head>{meta}<title>{title}</title>{head}</head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright The Test Gazette</footer></body></html>"
    )


def join_records(records: list[bytes], *, gz: bool) -> bytes:
    """A WARC file: one gzip member per record (as Common Crawl writes them), or plain."""
    return b"".join(gzip.compress(r, mtime=0) for r in records) if gz else b"".join(records)


@dataclass
class Served:
    """What a test server answers and what it was asked."""

    routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str], float]] = field(default_factory=list)
    port: int = 0

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def add(
        self,
        path: str,
        body: bytes,
        *,
        status: int = 200,
        content_type: str | None = "text/html; charset=utf-8",
        headers: tuple[tuple[str, str], ...] = (),
        delay: float = 0.0,
        chunked: bool = False,
    ) -> None:
        def answer(handler: BaseHTTPRequestHandler) -> None:
            if delay:
                time.sleep(delay)
            handler.send_response(status)
            if content_type is not None:
                handler.send_header("Content-Type", content_type)
            for key, value in headers:
                handler.send_header(key, value)
            if chunked:
                handler.send_header("Transfer-Encoding", "chunked")
            else:
                handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            try:
                if chunked:
                    for start in range(0, len(body), 4096):
                        piece = body[start : start + 4096]
                        handler.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                    handler.wfile.write(b"0\r\n\r\n")
                else:
                    handler.wfile.write(body)
            except OSError:
                pass  # the client gave up (a size limit or a timeout under test)

        self.routes[path] = answer


@contextmanager
def local_server() -> Iterator[Served]:
    """An HTTP server on 127.0.0.1 in a thread, answering from ``Served.routes``."""
    served = Served()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            served.requests.append((self.path, dict(self.headers.items()), time.monotonic()))
            answer = served.routes.get(self.path)
            if answer is None:
                self.send_error(404, "Not Found")
                return
            answer(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that hung up early (a size limit or timeout under test)

    server = Server(("127.0.0.1", 0), Handler)
    served.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
