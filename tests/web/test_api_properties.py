"""Property-based tests of the JSON API against its own OpenAPI description.

Schemathesis generates requests for every operation (parameters of every type, in and
out of range); none may make the server fail (no 5xx), every error keeps the error shape,
and every answer matches the documented schema.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

schemathesis = pytest.importorskip("schemathesis")

from fastapi.testclient import TestClient  # noqa: E402


def _operations(app: FastAPI) -> list[Any]:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def test_api_never_fails(demo_app: FastAPI) -> None:
    operations = _operations(demo_app)
    assert {op.label for op in operations} >= {"GET /api/stories", "GET /api/search"}
    for operation in operations:

        @settings(
            max_examples=30,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            response = case.call()
            assert response.status_code < 500, (case.path, response.text)
            if response.status_code >= 400:
                body = response.json()
                assert body["ok"] is False
                assert body["status"] == response.status_code
                assert isinstance(body["error"], str) and body["error"]
            # Free-form texts (dates, words) may be refused with 422: the schema cannot say
            # which strings are dates, so "valid data accepted" does not apply.
            case.validate_response(
                response, excluded_checks=[schemathesis.checks.positive_data_acceptance]
            )

        check()


_TEXT = st.text(max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(["/stories/", "/articles/", "/api/stories/", "/api/articles/"]),
    ident=st.text(min_size=1, max_size=30).filter(lambda s: s not in {".", ".."}),
    start=st.one_of(st.none(), st.integers(-5, 10**12)),
    end=st.one_of(st.none(), st.integers(-5, 10**12)),
    story=st.one_of(st.none(), _TEXT),
)
def test_pages_never_fail(
    demo_app: FastAPI, path: str, ident: str, start: int | None, end: int | None, story: str | None
) -> None:
    client = TestClient(demo_app, raise_server_exceptions=False)
    params: dict[str, Any] = {}
    for name, value in (("start", start), ("end", end), ("story", story)):
        if value is not None:
            params[name] = value
    from urllib.parse import quote

    response = client.get(path + quote(ident, safe=""), params=params)
    assert response.status_code < 500, (path, ident, response.text[:300])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    q=st.one_of(st.none(), _TEXT),
    since=st.one_of(st.none(), _TEXT, st.dates().map(str)),
    until=st.one_of(st.none(), _TEXT, st.dates().map(str)),
    outlet=st.lists(_TEXT, max_size=3),
    min_outlets=st.one_of(st.none(), st.integers(-3, 10**7)),
    sort=st.one_of(st.none(), st.sampled_from(["recent", "size", "other"])),
    page=st.one_of(st.none(), st.integers(-3, 10**7)),
)
def test_listing_page_never_fails(demo_app: FastAPI, **params: Any) -> None:
    client = TestClient(demo_app, raise_server_exceptions=False)
    query = {k: v for k, v in params.items() if v is not None and v != []}
    response = client.get("/stories", params=query)
    assert response.status_code in (200, 422), (query, response.text[:300])
