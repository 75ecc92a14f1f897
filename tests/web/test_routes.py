"""Route tests in-process: exact statuses, messages, headers and documents."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from corrobora import api
from corrobora.errors import ConfigError, StoreError
from corrobora.report import to_document
from corrobora.store import open_store
from corrobora.web import WebConfig
from corrobora.web.security import CSP

from .conftest import make_app


def largest(document: dict[str, Any]) -> dict[str, Any]:
    story: dict[str, Any] = document["stories"][0]
    return story


def error(response: Any) -> str:
    body = response.json()
    assert body["ok"] is False
    assert body["status"] == response.status_code
    message: str = body["error"]
    return message


def test_home_redirects_to_the_listing(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == "/stories"


def test_listing_page_shows_every_story(client: TestClient, demo_document: dict[str, Any]) -> None:
    response = client.get("/stories")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    for story in demo_document["stories"]:
        assert f'href="/stories/{story["id"]}"' in response.text
    assert f"{len(demo_document['stories'])} stories" in response.text


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for url in ("/stories", "/api/stories", "/static/web.js", "/api/stories/zzzz", "/nowhere"):
        response = client.get(url)
        assert response.headers["content-security-policy"] == CSP, url
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
    assert "'unsafe-inline'" not in CSP
    assert "script-src 'self'" in CSP


def test_unknown_story_is_404_with_a_clear_message(client: TestClient) -> None:
    response = client.get("/api/stories/zzzz9999")
    assert response.status_code == 404
    assert error(response) == (
        "No story has the id or unique id prefix 'zzzz9999'. See the list at /stories."
    )
    page = client.get("/stories/zzzz9999")
    assert page.status_code == 404
    assert "No story has the id or unique id prefix &#39;zzzz9999&#39;." in page.text


def test_unknown_article_is_404(client: TestClient) -> None:
    response = client.get("/api/articles/0000ffff")
    assert response.status_code == 404
    assert error(response) == "No article has the id or unique id prefix '0000ffff'."
    assert client.get("/articles/0000ffff").status_code == 404


def test_unknown_address_and_method(client: TestClient) -> None:
    response = client.get("/api/nothing")
    assert response.status_code == 404
    assert error(response) == "Nothing is at /api/nothing. Start at /stories or /api/docs."
    response = client.delete("/api/stories")
    assert response.status_code == 405
    assert error(response) == "DELETE is not allowed on /api/stories."


def test_story_document_is_the_cli_document(
    client: TestClient, demo_db: str, demo_document: dict[str, Any]
) -> None:
    story_id = largest(demo_document)["id"]
    response = client.get(f"/api/stories/{story_id}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with open_store(demo_db, read_only=True) as store:
        expected = to_document([api.story_report(store, story_id)])
    assert response.json() == json.loads(json.dumps(expected))


def test_story_prefix_resolves(client: TestClient, demo_document: dict[str, Any]) -> None:
    story_id = largest(demo_document)["id"]
    response = client.get(f"/api/stories/{story_id[:6]}")
    assert response.status_code == 200
    assert response.json()["stories"][0]["id"] == story_id


def test_facts_by_status(client: TestClient, demo_document: dict[str, Any]) -> None:
    story = largest(demo_document)
    every = client.get(f"/api/stories/{story['id']}/facts").json()
    assert every["story"] == story["id"]
    assert every["facts"] == story["facts"]
    corroborated = client.get(f"/api/stories/{story['id']}/facts?status=corroborated").json()
    assert corroborated["facts"] == [f for f in story["facts"] if f["status"] == "corroborated"]
    assert corroborated["facts"]
    bad = client.get(f"/api/stories/{story['id']}/facts?status=maybe")
    assert bad.status_code == 422
    assert error(bad).startswith("status: Input should be ")


def test_listing_pages_and_order(client: TestClient, demo_document: dict[str, Any]) -> None:
    total = len(demo_document["stories"])
    first = client.get("/api/stories?per_page=2").json()
    assert (first["total"], first["pages"], first["per_page"]) == (total, -(-total // 2), 2)
    ids = []
    for page in range(1, first["pages"] + 1):
        ids += [
            s["id"] for s in client.get(f"/api/stories?per_page=2&page={page}").json()["stories"]
        ]
    assert sorted(ids) == sorted(s["id"] for s in demo_document["stories"])
    assert len(ids) == total
    by_size = client.get("/api/stories?sort=size").json()["stories"]
    sizes = [s["articles"] for s in by_size]
    assert sizes == sorted(sizes, reverse=True)
    recent = client.get("/api/stories").json()["stories"]
    seen = [s["last_seen"] for s in recent if s["last_seen"]]
    assert seen == sorted(seen, reverse=True)


def test_listing_rows_carry_reconciliation_figures(
    client: TestClient, demo_document: dict[str, Any]
) -> None:
    rows = {row["id"]: row for row in client.get("/api/stories").json()["stories"]}
    for story in demo_document["stories"]:
        row = rows[story["id"]]
        origins = {o for fact in story["facts"] for o in fact["origins"]}
        assert row["origins"] == len(origins)
        assert row["facts"] == story["counts"]["facts"]
        assert row["conflicting"] == story["counts"]["conflicting"]
        assert row["articles"] == story["counts"]["articles"]


def test_filters(client: TestClient, demo_document: dict[str, Any]) -> None:
    story = largest(demo_document)
    word = max(story["title"].split(), key=len)
    found = client.get("/api/search", params={"q": word}).json()["stories"]
    assert story["id"] in [s["id"] for s in found]
    assert len(found) < len(demo_document["stories"])
    outlet = story["articles"][0]["outlet"]
    by_outlet = client.get("/api/stories", params={"outlet": outlet.upper()}).json()["stories"]
    expected = [
        s["id"] for s in demo_document["stories"] if outlet in {a["outlet"] for a in s["articles"]}
    ]
    assert sorted(s["id"] for s in by_outlet) == sorted(expected)
    most = max(s["counts"]["outlets"] for s in demo_document["stories"])
    wide = client.get(f"/api/stories?min_outlets={most}").json()["stories"]
    assert wide and all(s["outlets"] >= most for s in wide)
    assert client.get("/api/stories?since=2100-01-01").json()["total"] == 0


def test_bad_listing_parameters_are_422(client: TestClient) -> None:
    response = client.get("/api/stories?page=0")
    assert response.status_code == 422
    assert error(response) == "page: Input should be greater than or equal to 1"
    response = client.get("/api/stories?since=someday")
    assert response.status_code == 422
    assert error(response).startswith("since: cannot read 'someday' as a date")
    response = client.get("/api/stories?since=2026-03-05&until=2026-03-01")
    assert response.status_code == 422
    assert error(response) == (
        "since (2026-03-05T00:00:00+00:00) is after until (2026-03-01T23:59:59.999999+00:00): "
        "no story can match"
    )
    response = client.get("/api/search?q=%20%20")
    assert response.status_code == 422
    assert error(response) == "q: give at least one word to search for"
    page = client.get("/stories?since=someday")
    assert page.status_code == 422
    assert "since: cannot read" in page.text


def test_story_page_shows_every_part(client: TestClient, demo_document: dict[str, Any]) -> None:
    story = largest(demo_document)
    page = client.get(f"/stories/{story['id']}").text
    for section in ("facts", "quotes", "coverage", "provenance", "timeline", "articles"):
        assert f'id="{section}"' in page
    for fact in story["facts"]:
        assert f'id="{fact["label"]}"' in page
        support = fact["support"][0]
        start, end = support["span"]
        link = (
            f"/articles/{support['article']}?story={story['id']}&amp;start={start}&amp;end={end}#hl"
        )
        assert link in page
    assert '<svg class="chart timeline"' in page
    assert page.count('<td class="cell in">') == sum(len(c["included"]) for c in story["coverage"])


def test_article_page_marks_the_requested_span(
    client: TestClient, demo_document: dict[str, Any]
) -> None:
    story = largest(demo_document)
    support = story["facts"][0]["support"][0]
    start, end = support["span"]
    url = f"/articles/{support['article']}?story={story['id']}&start={start}&end={end}"
    page = client.get(url)
    assert page.status_code == 200
    assert '<mark class="target" id="hl">' in page.text
    assert f"characters {start}–{end}" in page.text
    document = client.get(f"/api/articles/{support['article']}").json()
    assert document["story"]["id"] == story["id"]
    text = document["articles"][0]["text"]
    assert text[start:end] == support["text"]


def test_article_offsets_must_make_a_span(
    client: TestClient, demo_document: dict[str, Any]
) -> None:
    article = largest(demo_document)["articles"][0]["id"]
    response = client.get(f"/articles/{article}?start=9&end=3")
    assert response.status_code == 422
    assert "start (9) must be below end (3)" in response.text
    response = client.get(f"/articles/{article}?start=9")
    assert response.status_code == 422
    assert "start and end: give both offsets, or neither" in response.text


def test_ingest_is_refused_when_not_allowed(client: TestClient) -> None:
    response = client.post("/api/ingest", files={"files": ("a.txt", b"text")})
    assert response.status_code == 403
    assert error(response) == "Ingest is off: start the server with --allow-ingest and a token."
    assert client.get("/ingest").status_code == 403


def test_api_docs_list_every_operation(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    page = client.get("/api/docs").text
    for path, operations in schema["paths"].items():
        for method in operations:
            assert f'<span class="method">{method.upper()}</span> <code>{path}</code>' in page
    assert {
        "/api/stories",
        "/api/search",
        "/api/stories/{story_id}",
        "/api/articles/{article_id}",
    } <= set(schema["paths"])


def test_loopback_server_refuses_other_hosts(demo_db: str) -> None:
    from corrobora.web.config import LOOPBACK_HOSTS

    app = make_app(demo_db, allowed_hosts=LOOPBACK_HOSTS)
    client = TestClient(app, base_url="http://127.0.0.1")
    assert client.get("/api/stories").status_code == 200
    assert client.get("/api/stories", headers={"host": "attacker.example"}).status_code == 400


def test_missing_store_stops_the_app(tmp_path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        make_app(str(tmp_path / "missing.db"))


def test_ingest_needs_a_long_token() -> None:
    with pytest.raises(ConfigError, match="ingest through the web needs a token"):
        WebConfig(allow_ingest=True)
    with pytest.raises(ConfigError, match="the token is too short"):
        WebConfig(allow_ingest=True, token="short")


def test_an_unexpected_failure_is_a_500_in_the_error_shape(demo_db: str) -> None:
    app = make_app(demo_db)

    def boom() -> None:
        raise RuntimeError("secret detail")

    app.add_api_route("/api/boom", boom)
    app.add_api_route("/boom", boom)
    client = TestClient(app, raise_server_exceptions=False)
    response = client.get("/api/boom")
    assert response.status_code == 500
    assert response.json() == {
        "ok": False,
        "status": 500,
        "error": "Internal error; the server log says why.",
    }
    assert response.headers["content-security-policy"] == CSP
    page = client.get("/boom")
    assert page.status_code == 500
    assert "secret detail" not in page.text
