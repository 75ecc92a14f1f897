"""The JSON document: exactly the documented keys, correct spans, stable order."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from corrobora import __version__
from corrobora.model import StorySummary
from corrobora.report import StoryReport, render_json, story_list_json, to_document

from .sample import (
    ARTICLES,
    COPY,
    GAZETTE,
    STORY,
    TIMES,
    TIMES_QUOTE,
    report,
    shuffled_report,
)

TOP_KEYS = {"corrobora", "schema", "stories"}
STORY_KEYS = {
    "id",
    "title",
    "first_seen",
    "last_seen",
    "counts",
    "origin_names",
    "articles",
    "facts",
    "quotes",
    "attributions",
    "coverage",
    "timeline",
    "provenance",
}
ARTICLE_KEYS = {
    "id",
    "number",
    "label",
    "outlet",
    "title",
    "url",
    "published",
    "language",
    "path",
    "chars",
    "copy_of",
    "copy_similarity",
}
FACT_KEYS = {
    "id",
    "label",
    "text",
    "status",
    "independent_support",
    "origins",
    "support",
    "conflicts",
    "first_reported",
    "confidence",
    "confidence_reason",
    "timeline",
    "related",
}
SUPPORT_KEYS = {"article", "claim", "span", "text", "origin", "is_copy"}
CONFLICT_KEYS = {"kind", "nature", "detail", "values"}
EVIDENCE_KEYS = {"article", "span", "text"}
QUOTE_KEYS = {"id", "speaker", "speaker_key", "identical", "variants"}
VARIANT_KEYS = {"article", "text", "span", "parts", "diff", "speaker", "speaker_key"}
DIFF_KEYS = {"op", "a", "b"}
ATTRIBUTION_KEYS = {"article", "source", "source_key", "kind", "cue", "span", "content", "text"}
COVERAGE_KEYS = {"article", "included", "omitted"}
TIMELINE_KEYS = {"article", "published", "outlet", "first_reports", "copy_of"}
EDGE_KEYS = {"source", "target", "relation"}
COUNT_KEYS = {
    "articles",
    "outlets",
    "copies",
    "facts",
    "corroborated",
    "conflicting",
    "single_source",
    "quotes",
    "attributions",
}


def story() -> dict[str, Any]:
    document = to_document([report()])
    assert len(document["stories"]) == 1
    result: dict[str, Any] = document["stories"][0]
    return result


def test_top_level_keys_and_version() -> None:
    document = to_document([report()])
    assert set(document) == TOP_KEYS
    assert document["corrobora"] == __version__
    assert document["schema"] == 1


def test_every_object_has_exactly_the_documented_keys() -> None:
    s = story()
    assert set(s) == STORY_KEYS
    assert set(s["counts"]) == COUNT_KEYS
    assert all(set(a) == ARTICLE_KEYS for a in s["articles"])
    assert all(set(f) == FACT_KEYS for f in s["facts"])
    assert all(set(x) == SUPPORT_KEYS for f in s["facts"] for x in f["support"])
    conflicts = [c for f in s["facts"] for c in f["conflicts"]]
    assert conflicts and all(set(c) == CONFLICT_KEYS for c in conflicts)
    assert all(set(v) == EVIDENCE_KEYS for c in conflicts for v in c["values"])
    assert all(set(q) == QUOTE_KEYS for q in s["quotes"])
    variants = [v for q in s["quotes"] for v in q["variants"]]
    assert all(set(v) == VARIANT_KEYS for v in variants)
    assert all(set(d) == DIFF_KEYS for v in variants for d in v["diff"])
    assert all(set(a) == ATTRIBUTION_KEYS for a in s["attributions"])
    assert all(set(c) == COVERAGE_KEYS for c in s["coverage"])
    assert all(set(t) == TIMELINE_KEYS for t in s["timeline"])
    assert all(set(e) == EDGE_KEYS for e in s["provenance"])


def test_spans_point_at_the_quoted_text() -> None:
    s = story()
    checked = 0
    for fact in s["facts"]:
        for item in fact["support"] + [v for c in fact["conflicts"] for v in c["values"]]:
            start, end = item["span"]
            assert ARTICLES[item["article"]].text[start:end] == item["text"]
            checked += 1
    for group in s["quotes"]:
        for variant in group["variants"]:
            start, end = variant["span"]
            assert ARTICLES[variant["article"]].text[start:end] == variant["text"]
            checked += 1
    for attribution in s["attributions"]:
        start, end = attribution["span"]
        assert ARTICLES[attribution["article"]].text[start:end] == attribution["text"]
        checked += 1
    assert checked == 14


def test_facts_are_ordered_by_status_and_labelled() -> None:
    facts = story()["facts"]
    assert [f["status"] for f in facts] == [
        "corroborated",
        "conflicting",
        "single_source",
        "single_source",
    ]
    assert [f["label"] for f in facts] == ["F1", "F2", "F3", "F4"]
    assert [f["id"] for f in facts] == ["f-call", "f-pumps", "f-budget", "f-schools"]
    call = facts[0]
    assert call["independent_support"] == 2
    assert call["origins"] == ["harbor gazette", "coastal ledger"]
    assert [x["article"] for x in call["support"]] == [GAZETTE.id, TIMES.id, COPY.id]
    assert call["support"][2]["is_copy"] is True
    assert facts[1]["conflicts"][0]["kind"] == "number"
    assert facts[1]["conflicts"][0]["detail"] == "12 vs 15"


def test_articles_carry_copy_links_and_iso_times() -> None:
    articles = {a["id"]: a for a in story()["articles"]}
    assert list(articles) == [GAZETTE.id, TIMES.id, COPY.id]
    assert articles[COPY.id]["copy_of"] == TIMES.id
    assert articles[COPY.id]["copy_similarity"] == 0.93
    assert articles[GAZETTE.id]["copy_of"] is None
    assert articles[GAZETTE.id]["copy_similarity"] is None
    assert articles[GAZETTE.id]["published"] == "2025-03-02T10:00:00+00:00"
    assert articles[GAZETTE.id]["chars"] == len(GAZETTE.text)
    assert articles[TIMES.id]["url"] == "javascript:alert(1)"  # data as given; renderers guard


def test_quote_diff_and_counts() -> None:
    s = story()
    variant = s["quotes"][0]["variants"][1]
    assert variant["text"] == TIMES_QUOTE
    assert variant["diff"][1] == {"op": "replace", "a": "street, and we will do it", "b": "road"}
    assert s["counts"] == {
        "articles": 3,
        "outlets": 3,
        "copies": 1,
        "facts": 4,
        "corroborated": 1,
        "conflicting": 1,
        "single_source": 2,
        "quotes": 1,
        "attributions": 2,
    }
    assert s["origin_names"]["coastal ledger"] == "Coastal Ledger"
    assert s["timeline"][2] == {
        "article": COPY.id,
        "published": "2025-03-02T13:00:00+00:00",
        "outlet": COPY.outlet,
        "first_reports": [],
        "copy_of": TIMES.id,
    }


def test_render_json_is_deterministic_and_independent_of_input_order() -> None:
    text = render_json([report()])
    assert text == render_json([report()])
    assert text == render_json([shuffled_report()])
    assert json.loads(text) == to_document([report()])
    accented = StoryReport(
        replace(report().reconciliation, story=replace(STORY, title="Café «talks»")), ARTICLES
    )
    assert '"title": "Café «talks»"' in render_json([accented])


def test_story_list_json() -> None:
    summaries = [StorySummary("s1", "A story", 3, 2, GAZETTE.published, None)]
    assert story_list_json(summaries) == [
        {
            "id": "s1",
            "title": "A story",
            "articles": 3,
            "outlets": 2,
            "first_seen": "2025-03-02T10:00:00+00:00",
            "last_seen": None,
        }
    ]
    assert story_list_json([]) == []


def test_empty_document() -> None:
    assert to_document([])["stories"] == []


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        found = set(value)
        for item in value.values():
            found |= _keys(item)
        return found
    if isinstance(value, list):
        return set().union(*(_keys(item) for item in value)) if value else set()
    return set()


def test_every_emitted_key_is_documented() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "json-schema.md"
    if not doc.exists():
        pytest.skip("docs/json-schema.md is not beside the tests")
    documented = set(re.findall(r'`"?([a-z_]+)"?`', doc.read_text(encoding="utf-8")))
    emitted = _keys(to_document([report()])) - set(story()["origin_names"])
    assert emitted - documented == set()
