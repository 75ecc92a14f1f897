"""The demo corpus under examples/ yields the findings written down in examples/expected.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corrobora import api
from corrobora.extract.quotes import joined_text
from corrobora.report import to_document
from corrobora.settings import Settings
from corrobora.text import canonical_key

from .findings import facts_with, quote_groups_with

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CORPUS = EXAMPLES / "corpus"


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def result() -> api.CompareResult:
    compared = api.compare([CORPUS], Settings())
    assert compared.errors == ()
    return compared


@pytest.fixture(scope="module")
def document(result: api.CompareResult) -> dict[str, Any]:
    return to_document(result.reports)


@pytest.fixture(scope="module")
def ids(document: dict[str, Any]) -> dict[str, str]:
    """Expected-file names (relative to the corpus, ``file.jsonl:LINE``) -> article ids."""
    mapping = {}
    for story in document["stories"]:
        for article in story["articles"]:
            mapping[Path(article["path"]).relative_to(CORPUS).as_posix()] = article["id"]
    return mapping


def story_of(document: dict[str, Any], article_id: str) -> dict[str, Any]:
    for story in document["stories"]:
        if any(a["id"] == article_id for a in story["articles"]):
            return story
    raise AssertionError(f"article {article_id} is in no story")


def test_corpus_size(ids, expected):
    assert len(ids) >= 15
    assert sum(len(group) for group in expected["stories"]) == len(ids)


def test_stories(document, ids, expected):
    found = sorted(sorted(a["id"] for a in s["articles"]) for s in document["stories"])
    wanted = sorted(sorted(ids[name] for name in group) for group in expected["stories"])
    assert found == wanted


def test_copies(document, ids, expected):
    copy_of = {a["id"]: a["copy_of"] for s in document["stories"] for a in s["articles"]}
    wanted = {ids[c["article"]]: ids[c["copy_of"]] for c in expected["copies"]}
    assert {k: v for k, v in copy_of.items() if v} == wanted


def _by_ids(ids, phrases):
    return {ids[name]: phrase for name, phrase in phrases.items()}


def test_corroborated(document, ids, expected):
    missing = []
    for item in expected["corroborated"]:
        phrases = _by_ids(ids, item["phrases"])
        story = story_of(document, next(iter(phrases)))
        facts = facts_with(story, phrases)
        if not any(f["status"] in ("corroborated", "conflicting") for f in facts):
            missing.append(item["phrases"])
    assert not missing


def test_single_source(document, ids, expected):
    copies = {ids[c["article"]] for c in expected["copies"]}
    wrong = []
    for item in expected["single_source"]:
        article_id = ids[item["article"]]
        facts = facts_with(story_of(document, article_id), {article_id: item["phrase"]})
        ok = bool(facts) and all(
            f["status"] == "single_source"
            and {s["article"] for s in f["support"]} - copies == {article_id}
            for f in facts
        )
        if not ok:
            wrong.append(item)
    assert not wrong


def test_conflicts(document, ids, expected):
    missing = []
    for item in expected["conflicts"]:
        phrases = _by_ids(ids, item["phrases"])
        facts = facts_with(story_of(document, next(iter(phrases))), phrases)
        if not any(c["kind"] == item["kind"] for f in facts for c in f["conflicts"]):
            missing.append(item)
    assert not missing


def test_quotes(document, ids, expected):
    wrong = []
    for item in expected["quotes"]:
        phrases = _by_ids(ids, item["phrases"])
        groups = quote_groups_with(story_of(document, next(iter(phrases))), phrases)
        ok = len(groups) == 1 and groups[0]["identical"] is item["identical"]
        ok = ok and item["speaker"] in (groups[0]["speaker"] or "")
        if not ok:
            wrong.append(item)
    assert not wrong


def test_credits(document, ids, expected):
    missing = []
    for item in expected["credits"]:
        article_id = ids[item["article"]]
        story = story_of(document, article_id)
        sources = {a["source_key"] for a in story["attributions"] if a["article"] == article_id}
        if canonical_key(item["source"]) not in sources:
            missing.append(item)
    assert not missing


def test_independent_support(document, ids, expected):
    wrong = []
    for item in expected["independent_support"]:
        phrases = _by_ids(ids, item["phrases"])
        facts = facts_with(story_of(document, next(iter(phrases))), phrases)
        if not facts or min(f["independent_support"] for f in facts) > item["max"]:
            wrong.append(item)
    assert not wrong


def test_quote_parts_are_the_quoted_words(result: api.CompareResult) -> None:
    split = 0
    for story in result.reports:
        for group in story.reconciliation.quotes:
            for variant in group.variants:
                text = story.articles[variant.article_id].text
                pieces = [text[part.start : part.end] for part in variant.parts]
                assert variant.parts[0].start == variant.span.start
                assert variant.parts[-1].end == variant.span.end
                assert variant.text == joined_text(text, variant.parts)
                assert all(piece.rstrip(",;:—–- ") in variant.text for piece in pieces)
                split += len(variant.parts) > 1
    assert split >= 1  # the corpus quotes someone across an attribution
