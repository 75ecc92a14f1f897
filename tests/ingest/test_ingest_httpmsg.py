"""Archived HTTP responses: status, header fields, chunked and compressed bodies."""

from __future__ import annotations

import gzip
import zlib

import pytest

from corrobora.ingest.httpmsg import HttpError, charset_of, media_type, parse_response

BODY = b"<html><body><p>Une phrase en fran\xc3\xa7ais.</p></body></html>"


def test_status_headers_and_body():
    block = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n"
        b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Folded: one\r\n two\r\n\r\n" + BODY
    )
    response = parse_response(block, max_bytes=10_000)
    assert (response.status, response.reason) == (200, "OK")
    assert response.headers["set-cookie"] == "a=1, b=2"
    assert response.headers["x-folded"] == "one two"
    assert response.media_type == "text/html"
    assert response.charset == "ISO-8859-1"
    assert response.body == BODY
    assert response.is_html()


def test_bare_newlines_and_a_missing_reason():
    response = parse_response(b"HTTP/1.0 404\nContent-Type: text/plain\n\nnot here", max_bytes=100)
    assert (response.status, response.reason, response.body) == (404, "", b"not here")
    assert not response.is_html()


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("gzip", gzip.compress(BODY)),
        ("deflate", zlib.compress(BODY)),
        ("deflate", zlib.compress(BODY)[2:-4]),  # raw deflate, as some servers send it
        ("identity", BODY),
    ],
)
def test_content_encodings_are_undone(encoding: str, data: bytes):
    block = f"HTTP/1.1 200 OK\r\nContent-Encoding: {encoding}\r\n\r\n".encode() + data
    assert parse_response(block, max_bytes=10_000).body == BODY


def test_chunked_transfer_encoding_is_undone():
    chunks = b"".join(
        f"{len(BODY[i : i + 10]):x};ext=1\r\n".encode() + BODY[i : i + 10] + b"\r\n"
        for i in range(0, len(BODY), 10)
    )
    block = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n"
    assert parse_response(block, max_bytes=10_000).body == BODY


def test_an_untyped_body_is_html_when_it_opens_as_html():
    page = parse_response(b"HTTP/1.1 200 OK\r\n\r\n<!-- x -->\n<!DOCTYPE html><html>", max_bytes=99)
    data = parse_response(b'HTTP/1.1 200 OK\r\n\r\n{"html": 1}', max_bytes=99)
    assert page.is_html() and not data.is_html()


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (b"GET / HTTP/1.1\r\n\r\n", "no HTTP status line"),
        (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", "do not end with a blank line"),
        (b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\nx", "bad HTTP header line"),
        (b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nx", "unsupported Content-Encoding 'br'"),
        (b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\nnot gzip", "bad gzip body"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nx", "chunk size"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nff\r\nshort", "cut short"),
    ],
)
def test_unreadable_responses(block: bytes, message: str):
    with pytest.raises(HttpError, match=message):
        parse_response(block, max_bytes=1000)


def test_a_compression_bomb_is_stopped_at_the_limit():
    bomb = gzip.compress(b"\0" * 5_000_000)
    block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + bomb
    with pytest.raises(HttpError, match="decompresses to more than 100000 bytes"):
        parse_response(block, max_bytes=100_000)


def test_content_type_parts():
    assert media_type(' Text/HTML ; charset="utf-8"') == "text/html"
    assert charset_of('text/html; charset="utf-8"') == "utf-8"
    assert media_type("") is None and charset_of(None) is None
