"""Pydantic models of the JSON API responses that have a fixed shape (for OpenAPI).

The story, facts and article documents are the CLI's JSON documents, described in
docs/json-schema.md and docs/analyze.md; they are sent as built by the report layer.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ErrorBody(BaseModel):
    """Every 4xx and 5xx answer of the API."""

    ok: bool = False
    status: int = Field(description="the HTTP status, repeated")
    error: str = Field(description="what went wrong, in one line")


class StoryListItem(BaseModel):
    """One story of a listing: the CLI's ``stories --format json`` row, plus figures."""

    id: str
    title: str
    articles: int = Field(description="number of articles")
    outlets: int = Field(description="number of distinct outlets")
    first_seen: str | None = Field(description="ISO 8601 time of the earliest article")
    last_seen: str | None = Field(description="ISO 8601 time of the latest article")
    origins: int | None = Field(
        description="distinct independent origins over the story's facts (null: not reconciled)"
    )
    facts: int | None = Field(description="number of facts (null: not reconciled)")
    conflicting: int | None = Field(description="facts whose sources disagree")


class StoryListing(BaseModel):
    """A page of the story listing."""

    model_config = ConfigDict(populate_by_name=True)

    corrobora: str = Field(description="version of corrobora that answered")
    schema_version: int = Field(alias="schema", description="version of the JSON schema")
    total: int = Field(description="stories matching the request, over all pages")
    page: int
    pages: int
    per_page: int
    stories: list[StoryListItem]


class IngestResult(BaseModel):
    """What an ingest request did."""

    read: int = Field(description="articles read from the request")
    added: int = Field(description="articles new to the store")
    already_stored: int
    stories: int = Field(description="stories in the store afterwards")
    articles: list[str] = Field(description="ids of the articles read")
    story_ids: list[str] = Field(description="ids of the stories holding them")
    errors: list[str] = Field(description="inputs that could not be read, one line each")
