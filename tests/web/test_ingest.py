"""Ingest through the web: only with --allow-ingest, only with the token, safe file names."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from corrobora.web.ingestion import Pasted, pasted_file, safe_name

from .conftest import make_app

TOKEN = "a-test-token-of-32-characters-xx"
ARTICLE = (
    "Title: Bridge reopens in Tessvik\nOutlet: Tessvik Post\nPublished: 2026-05-02T08:00:00Z\n\n"
    "The Tessvik river bridge reopened to traffic on Friday after eight months of repairs, "
    "the city council said. Mayor Ana Lund said the work cost 14 million crowns.\n"
)


@pytest.fixture(scope="module")
def ingest_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("ingest") / "new.db"
    app = make_app(str(db), allow_ingest=True, token=TOKEN, max_upload_bytes=200_000)
    assert db.exists(), "the store is created when ingest is allowed"
    return TestClient(app)


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def test_api_ingest_needs_the_token(ingest_client: TestClient) -> None:
    files = {"files": ("a.txt", ARTICLE.encode())}
    for headers in ({}, auth("wrong-token-wrong-token-wrong"), {"authorization": TOKEN}):
        response = ingest_client.post("/api/ingest", files=files, headers=headers)
        assert response.status_code == 401
        assert response.json() == {
            "ok": False,
            "status": 401,
            "error": "A valid token is needed: send Authorization: Bearer <token>.",
        }
    assert ingest_client.get("/api/stories").json()["total"] == 0


def test_api_ingest_adds_files_and_text(ingest_client: TestClient) -> None:
    files = [
        ("files", ("../../etc/bridge.txt", ARTICLE.encode())),
        ("files", ("tool.exe", b"MZ")),
    ]
    data = {
        "text": "The bridge in Tessvik is open again, the council said on Friday.",
        "outlet": "Radio\nTitle: forged",
    }
    response = ingest_client.post("/api/ingest", files=files, data=data, headers=auth())
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["read"], result["added"], result["already_stored"]) == (2, 2, 0)
    assert len(result["errors"]) == 1
    assert result["errors"][0].startswith("002-tool.exe: unsupported file type")
    assert "/tmp" not in result["errors"][0] and "corrobora-upload" not in result["errors"][0]
    listing = ingest_client.get("/api/stories").json()
    assert listing["total"] == result["stories"] >= 1
    assert set(result["story_ids"]) <= {s["id"] for s in listing["stories"]}
    again = ingest_client.post("/api/ingest", files=files[:1], headers=auth()).json()
    assert (again["added"], again["already_stored"]) == (0, 1)


def test_ingest_form(ingest_client: TestClient) -> None:
    assert ingest_client.get("/ingest").status_code == 200
    refused = ingest_client.post("/ingest", data={"token": "nope", "text": "Some text."})
    assert refused.status_code == 401
    page = ingest_client.post(
        "/ingest",
        data={"token": TOKEN, "text": ARTICLE.replace("Friday", "Saturday")},
    )
    assert page.status_code == 200
    assert "1 article read, 1 added" in page.text


def test_empty_and_oversized_requests(ingest_client: TestClient) -> None:
    empty = ingest_client.post("/api/ingest", data={"text": "  "}, headers=auth())
    assert empty.status_code == 422
    assert empty.json()["error"] == "Nothing to ingest: upload files or paste an article's text."
    big = ingest_client.post(
        "/api/ingest", files={"files": ("big.txt", b"x" * 300_000)}, headers=auth()
    )
    assert big.status_code == 413
    assert big.json()["error"] == "The request is larger than the 200 kB limit."


def test_safe_names_stay_in_the_folder() -> None:
    assert safe_name("../../etc/passwd", 1) == "001-passwd"
    assert safe_name("C:\\Users\\x\\news file.html", 12) == "012-news_file.html"
    assert safe_name("...", 3) == "003-upload"
    assert "/" not in safe_name("a/b/../../c.txt", 4)


def test_pasted_metadata_cannot_forge_headers() -> None:
    text = pasted_file(Pasted(text="Body.", title="A\nOutlet: Forged", outlet="Real"))
    header, _, body = text.partition("\n\n")
    assert header.splitlines() == ["Title: A Outlet: Forged", "Outlet: Real"]
    assert body == "Body."
    assert pasted_file(Pasted(text="Only body.")) == "Only body."


def test_store_path_is_not_shown(tmp_path: Path) -> None:
    client = TestClient(make_app(str(tmp_path / "s.db"), allow_ingest=True, token=TOKEN))
    body = client.get("/api/stories/abcd").json()
    assert str(tmp_path) not in body["error"]
