"""Adding articles through the web: the form page and ``POST /api/ingest``.

Both answer 403 unless the server was started with ``--allow-ingest``, and 401 without
the right token (the form's ``token`` field, or ``Authorization: Bearer`` for the API).
The size of the request is checked before its body is read.
"""

from __future__ import annotations

from typing import Annotated, Any

from anyio import CapacityLimiter, to_thread
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from starlette.datastructures import FormData, UploadFile

from .deps import WebState, get_state
from .ingestion import Outcome, Pasted, Upload, run_ingest
from .problems import Problem
from .schemas import ErrorBody, IngestResult
from .security import bearer_token, token_matches

router = APIRouter()
State = Annotated[WebState, Depends(get_state)]

MAX_FILES = 100
_TEXT_FIELDS = ("text", "title", "outlet", "url", "published")

_BODY_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {"type": "string", "format": "binary"},
                            "description": ".txt, .md, .html, .jsonl or .json files",
                        },
                        **{name: {"type": "string"} for name in _TEXT_FIELDS},
                    },
                }
            }
        },
    }
}


def _limit(size: int) -> str:
    """The upload limit in words: ``20 MB``, ``200 kB``."""
    mib = 1024 * 1024
    return f"{size // mib} MB" if size >= mib else f"{size // 1000} kB"


def _check_allowed(state: WebState, request: Request) -> None:
    if not state.config.allow_ingest:
        raise Problem(403, "Ingest is off: start the server with --allow-ingest and a token.")
    length = request.headers.get("content-length", "")
    limit = state.config.max_upload_bytes
    if length.isdigit() and int(length) > limit:
        raise Problem(413, f"The request is larger than the {_limit(limit)} limit.")


async def _read_form(state: WebState, request: Request) -> FormData:
    try:
        return await request.form(
            max_files=MAX_FILES,
            max_fields=len(_TEXT_FIELDS) + 4,
            max_part_size=state.config.max_upload_bytes,
        )
    except Exception as error:  # the multipart parser's errors carry the reason
        raise Problem(400, f"The form cannot be read: {error}") from None


async def _inputs(state: WebState, form: FormData) -> tuple[list[Upload], Pasted | None]:
    uploads = []
    total = 0
    for item in form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            data = await item.read()
            total += len(data)
            if total > state.config.max_upload_bytes:
                limit = _limit(state.config.max_upload_bytes)
                raise Problem(413, f"The files are larger than the {limit} limit.")
            uploads.append(Upload(item.filename, data))
    fields = {name: form.get(name) for name in _TEXT_FIELDS}
    texts = {name: value if isinstance(value, str) else "" for name, value in fields.items()}
    pasted = Pasted(**texts) if texts["text"].strip() else None
    if not uploads and pasted is None:
        raise Problem(422, "Nothing to ingest: upload files or paste an article's text.")
    return uploads, pasted


async def _ingest(state: WebState, form: FormData) -> Outcome:
    uploads, pasted = await _inputs(state, form)
    settings = state.config.settings
    # A thread outside the readers' limit, so that pages are answered during an ingest;
    # the store's write lock keeps ingests one at a time.
    own_thread = CapacityLimiter(1)
    return await to_thread.run_sync(
        run_ingest, state.pool, settings, uploads, pasted, limiter=own_thread
    )


@router.post(
    "/api/ingest",
    response_model=IngestResult,
    responses={
        401: {"model": ErrorBody},
        403: {"model": ErrorBody},
        413: {"model": ErrorBody},
        422: {"model": ErrorBody},
    },
    openapi_extra=_BODY_SCHEMA,
    summary="Add articles",
)
async def ingest_api(state: State, request: Request) -> IngestResult:
    """Add uploaded files and pasted text to the store; needs ``Authorization: Bearer``."""
    _check_allowed(state, request)
    if not token_matches(bearer_token(request.headers.get("authorization")), state.config.token):
        raise Problem(401, "A valid token is needed: send Authorization: Bearer <token>.")
    outcome = await _ingest(state, await _read_form(state, request))
    return IngestResult(
        read=outcome.read,
        added=outcome.added,
        already_stored=outcome.already_stored,
        stories=outcome.stories,
        articles=list(outcome.articles),
        story_ids=list(outcome.story_ids),
        errors=list(outcome.errors),
    )


@router.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
def ingest_form(state: State, request: Request) -> Any:
    """The form to upload files or paste an article."""
    _check_allowed(state, request)
    return state.pages.response("ingest.html", outcome=None, q="")


@router.post("/ingest", response_class=HTMLResponse, include_in_schema=False)
async def ingest_post(state: State, request: Request) -> Any:
    """Run the form's ingest and show what it did."""
    _check_allowed(state, request)
    form = await _read_form(state, request)
    token = form.get("token")
    if not token_matches(token if isinstance(token, str) else None, state.config.token):
        raise Problem(401, "A valid token is needed: fill in the token the server was given.")
    outcome = await _ingest(state, form)
    return state.pages.response("ingest.html", outcome=outcome, q="")
