"""Shared fixtures of the extraction tests: the spaCy model (loaded once) and articles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corrobora.extract.nlp import load_nlp, parse
from corrobora.model import Article
from corrobora.settings import DEFAULT_MODEL
from corrobora.text import article_id

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "seeds"
ANCHOR = datetime(2025, 3, 12, 15, 30, tzinfo=UTC)  # a Wednesday

MakeArticle = Callable[..., Article]
ParseArticle = Callable[..., tuple[Doc, Article]]


def build_article(
    text: str, published: datetime | None = ANCHOR, outlet: str = "Test Wire"
) -> Article:
    """An Article of ``text`` as a reader would build it (title = first line)."""
    return Article(
        id=article_id(text),
        text=text,
        title=text.split("\n", 1)[0],
        outlet=outlet,
        published=published,
    )


@pytest.fixture(scope="session")
def model() -> str:
    return DEFAULT_MODEL


@pytest.fixture(scope="session")
def nlp(model: str) -> Language:
    return load_nlp(model)


@pytest.fixture(scope="session")
def make_article() -> MakeArticle:
    return build_article


@pytest.fixture(scope="session")
def parse_article(nlp: Language, model: str) -> ParseArticle:
    def run(text: str, published: datetime | None = ANCHOR) -> tuple[Doc, Article]:
        return parse(text, model), build_article(text, published)

    return run


def seed_articles() -> list[Article]:
    """The seed articles, published at the end of the week they report on."""
    published = datetime(2025, 11, 30, 12, 0, tzinfo=UTC)
    return [
        build_article(p.read_text(encoding="utf-8"), published) for p in sorted(SEEDS.glob("*.txt"))
    ]


needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="../shared is not beside the repository"
)
