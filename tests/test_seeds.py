"""Acceptance on the two founding articles in ../shared/seeds (two outlets, one phone call)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from corrobora.cli import cli

from .findings import facts_with, quote_groups_with

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="../shared/seeds is not beside the repository"
)


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    result = CliRunner().invoke(cli, ["compare", *files, "--format", "json", "-q"])
    assert result.exit_code == 0, result.stderr
    document: dict[str, Any] = json.loads(result.stdout)
    return document


@pytest.fixture(scope="module")
def story(report: dict[str, Any]) -> dict[str, Any]:
    assert len(report["stories"]) == 1
    story: dict[str, Any] = report["stories"][0]
    return story


@pytest.fixture(scope="module")
def ids(story: dict[str, Any]) -> tuple[str, str]:
    by_name = {Path(a["path"]).name: a["id"] for a in story["articles"]}
    first, second = sorted(by_name)
    return by_name[first], by_name[second]


CORROBORATED = [
    ("phone call confirmed", "confirmed that he held a call", "Trump later confirmed the call"),
    ("safe exit offer", "his wife and son a safe exit", "safe passage for Maduro"),
    ("amnesty demand", "global amnesty", "global amnesty"),
    ("armed forces demand", "control of the armed forces", "armed forces"),
    ("operations could begin soon", "could begin very soon", "could begin"),
]


@pytest.mark.parametrize(
    ("what", "first", "second"), CORROBORATED, ids=[c[0] for c in CORROBORATED]
)
def test_corroborated_facts(story, ids, what, first, second):
    a, b = ids
    facts = facts_with(story, {a: first, b: second})
    assert facts, f"no fact joins {first!r} and {second!r} ({what})"
    assert any(f["status"] in ("corroborated", "conflicting") for f in facts)


def test_amnesty_and_armed_forces_are_separate_facts(story, ids):
    a, b = ids
    amnesty = {f["id"] for f in facts_with(story, {a: "global amnesty", b: "global amnesty"})}
    forces = {
        f["id"] for f in facts_with(story, {a: "control of the armed forces", b: "armed forces"})
    }
    assert amnesty - forces and forces - amnesty


@pytest.mark.parametrize(
    ("which", "phrase"),
    [(0, "Nicaragua"), (1, "diverted"), (1, "Federal Aviation Administration")],
)
def test_details_of_one_article_are_single_source(story, ids, which, phrase):
    article_id = ids[which]
    facts = facts_with(story, {article_id: phrase})
    assert facts
    assert all({s["article"] for s in f["support"]} == {article_id} for f in facts)
    assert all(f["status"] == "single_source" for f in facts)


def test_quote_wordings_grouped_with_speaker(story, ids):
    a, b = ids
    phrase = {a: "went well or badly", b: "went well or badly"}
    groups = quote_groups_with(story, phrase)
    assert len(groups) == 1
    group = groups[0]
    assert group["identical"] is False
    assert group["speaker"] and "Trump" in group["speaker"]
    assert {v["article"] for v in group["variants"]} == {a, b}


def test_credited_outlets(story, ids):
    a, b = ids
    credits: dict[str, set[str]] = {a: set(), b: set()}
    for att in story["attributions"]:
        credits[att["article"]].add(att["source_key"])
    assert "miami herald" in credits[a] and "miami herald" in credits[b]
    assert ("new york times" in credits[a]) != ("new york times" in credits[b])


def test_each_article_has_single_source_details(story, ids):
    for article_id in ids:
        alone = [
            f
            for f in story["facts"]
            if f["status"] == "single_source"
            and {s["article"] for s in f["support"]} == {article_id}
        ]
        assert len(alone) >= 2


def test_spans_point_at_the_text(story):
    texts = {a["id"]: Path(a["path"]).read_text(encoding="utf-8") for a in story["articles"]}
    for fact in story["facts"]:
        for s in fact["support"]:
            start, end = s["span"]
            assert texts[s["article"]][start:end] == s["text"]
    for group in story["quotes"]:
        for v in group["variants"]:
            start, end = v["span"]
            assert texts[v["article"]][start:end] in v["text"] or v["text"].startswith(
                texts[v["article"]][start : start + 10]
            )


def test_amnesty_demand_traces_to_one_independent_origin(story, ids):
    a, b = ids
    facts = facts_with(story, {a: "global amnesty", b: "global amnesty"})
    assert facts
    assert min(f["independent_support"] for f in facts) == 1
    assert any(f["origins"] == ["miami herald"] for f in facts)
