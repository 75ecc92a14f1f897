"""Archived HTTP responses: status, header fields, chunked and compressed bodies."""

from __future__ import annotations

import gzip
import re
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


CHUNKED = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"


@pytest.mark.parametrize(
    ("chunks", "message"),
    [
        (b"-4\r\n", "bad chunked body (chunk size '-4')"),
        (b"4\r\nabcd\r\n-4\r\nabcd\r\n0\r\n\r\n", "chunk size '-4'"),
        (b"+4\r\nabcd\r\n0\r\n\r\n", "chunk size '+4'"),
        (b"0x4\r\nabcd\r\n0\r\n\r\n", "chunk size '0x4'"),
        (b"4_0\r\nabcd\r\n0\r\n\r\n", "chunk size '4_0'"),
        (b"\r\nabcd\r\n0\r\n\r\n", "chunk size ''"),
        (b"7fffffffffffffff\r\nabcd\r\n0\r\n\r\n", "a chunk is cut short"),
        (b"f" * 40 + b"\r\nabcd\r\n0\r\n\r\n", "chunk size 'fffff"),
        (b"4\r\nabcd\r\n", "a chunk size line is missing"),
    ],
)
def test_a_bad_chunk_size_is_an_error_not_a_loop(chunks: bytes, message: str):
    with pytest.raises(HttpError, match=re.escape(message)):
        parse_response(CHUNKED + chunks, max_bytes=1000)


def test_chunk_sizes_with_white_space_leading_zeros_and_extensions_are_read():
    chunks = b" 4 \r\nFerr\r\n0003;lang=en\r\ny o\r\n2 ; a=b\r\npe\r\n0\r\n\r\n"
    assert parse_response(CHUNKED + chunks, max_bytes=1000).body == b"Ferry ope"


def test_every_gzip_member_is_read():
    half = len(BODY) // 2
    data = gzip.compress(BODY[:half]) + b"\0\0" + gzip.compress(BODY[half:]) + b"\0"
    block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + data
    assert parse_response(block, max_bytes=10_000).body == BODY


@pytest.mark.parametrize(
    ("encoding", "data", "message"),
    [
        ("gzip", gzip.compress(BODY)[:-10], "the gzip body is truncated"),
        ("gzip", gzip.compress(BODY) + gzip.compress(BODY)[:-3], "the gzip body is truncated"),
        ("deflate", zlib.compress(BODY)[:-2], "the deflate body is truncated"),
        ("deflate", zlib.compress(BODY)[2:-9], "the deflate body is truncated"),
    ],
)
def test_a_cut_compressed_body_is_an_error(encoding: str, data: bytes, message: str):
    block = f"HTTP/1.1 200 OK\r\nContent-Encoding: {encoding}\r\n\r\n".encode() + data
    with pytest.raises(HttpError, match=message):
        parse_response(block, max_bytes=10_000)


def test_bytes_after_the_last_gzip_member_are_ignored():
    data = gzip.compress(BODY) + b"\r\ntrailing bytes"
    block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + data
    assert parse_response(block, max_bytes=10_000).body == BODY


def test_an_empty_compressed_body_is_empty():
    block = b"HTTP/1.1 301 Moved Permanently\r\nContent-Encoding: gzip\r\n\r\n"
    assert parse_response(block, max_bytes=100).body == b""


def test_the_limit_counts_every_gzip_member():
    member = gzip.compress(b"\0" * 60_000)
    block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + member * 2
    assert len(parse_response(block, max_bytes=120_000).body) == 120_000
    with pytest.raises(HttpError, match="decompresses to more than 100000 bytes"):
        parse_response(block, max_bytes=100_000)


def test_a_compression_bomb_is_stopped_at_the_limit():
    bomb = gzip.compress(b"\0" * 5_000_000)
    block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + bomb
    with pytest.raises(HttpError, match="decompresses to more than 100000 bytes"):
        parse_response(block, max_bytes=100_000)


def test_content_type_parts():
    assert media_type(' Text/HTML ; charset="utf-8"') == "text/html"
    assert charset_of('text/html; charset="utf-8"') == "utf-8"
    assert media_type("") is None and charset_of(None) is None
