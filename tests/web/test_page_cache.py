"""Kept story answers: gzip as kept for clients that take it, plain text otherwise; warming."""

from __future__ import annotations

import gzip

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from corrobora import api
from corrobora.store import open_store
from corrobora.web.answers import accepts_gzip, compress
from corrobora.web.cache import story_key
from corrobora.web.warming import warm_pages

from .conftest import make_app


@pytest.mark.parametrize(
    ("header", "accepted"),
    [
        ("gzip", True),
        ("gzip, deflate, br", True),
        ("br;q=1.0, GZIP;q=0.5", True),
        ("*", True),
        ("gzip;q=0", False),
        ("gzip; q=0.000", False),
        ("deflate, br", False),
        ("identity", False),
        ("", False),
        (None, False),
    ],
)
def test_accept_encoding_is_read_with_its_quality(header: str | None, accepted: bool) -> None:
    assert accepts_gzip(header) is accepted


def test_compression_keeps_every_byte() -> None:
    body = "<p>Un fait, «cité» deux fois</p>\n".encode() * 500
    packed = compress(body)
    assert len(packed) < len(body) // 10
    assert gzip.decompress(packed) == body


def first_story(db: str) -> str:
    with open_store(db, read_only=True) as store:
        return api.story_summaries(store)[0].id


@pytest.mark.parametrize("path", ["/stories/{id}", "/api/stories/{id}"])
def test_a_story_answer_is_the_same_with_and_without_gzip(
    client: TestClient, demo_db: str, path: str
) -> None:
    url = path.format(id=first_story(demo_db))
    zipped = client.get(url, headers={"accept-encoding": "gzip"})
    plain = client.get(url, headers={"accept-encoding": "identity"})
    assert zipped.status_code == plain.status_code == 200
    assert zipped.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain.headers
    assert zipped.headers["vary"] == plain.headers["vary"] == "Accept-Encoding"
    assert int(zipped.headers["content-length"]) < len(plain.content) // 3
    assert zipped.content == plain.content  # the client decompressed it
    assert plain.headers["content-security-policy"].startswith("default-src 'none'")


def test_warming_renders_every_story_page_into_the_cache(demo_db: str) -> None:
    app: FastAPI = make_app(demo_db, cache_size=100)
    state = app.state.web
    with open_store(demo_db, read_only=True) as store:
        stories = [store.story(s.id) for s in api.story_summaries(store)]
    done = warm_pages(state)
    assert (done.pages, done.skipped) == (len(stories), 0)
    assert all(state.answers.get(story_key("page", story)) for story in stories)
    hits = state.answers.hits
    response = TestClient(app).get(f"/stories/{stories[-1].id}")
    assert response.status_code == 200
    assert state.answers.hits == hits + 1
    assert stories[-1].title in response.text


def test_warming_stops_at_the_cache_size(demo_db: str) -> None:
    app: FastAPI = make_app(demo_db, cache_size=2)
    with open_store(demo_db, read_only=True) as store:
        summaries = api.story_summaries(store)
        stories = [store.story(s.id) for s in summaries]
    assert len(stories) > 2
    assert warm_pages(app.state.web).pages == 2
    kept = [s.id for s in stories if app.state.web.answers.get(story_key("page", s))]
    assert kept == [s.id for s in summaries[:2]]  # the most recent ones
