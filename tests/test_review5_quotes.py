"""Quotes across outlets (review 5): separate quotations stay separate, joined pieces
keep their sentence end, and a wording credited to another speaker says so.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from corrobora import api
from corrobora.extract import quotes as quote_extraction
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Article, Quote, Span
from corrobora.reconcile import quotes as quote_groups
from corrobora.reconcile.quotes import group_quotes
from corrobora.report import StoryReport, render_json, render_markdown
from corrobora.report.html import render_html
from corrobora.report.terminal import render_terminal
from corrobora.settings import DEFAULT_MODEL, ReconcileParams, Settings
from corrobora.text import article_id


def quotes_of(text: str) -> tuple[Quote, ...]:
    article = Article(id=article_id(text), text=text, title="t", outlet="Vessa Post")
    doc = parse(text, DEFAULT_MODEL)
    return find_quotes(doc, article, find_mentions(doc, article))


# -- extraction: pieces and their join ----------------------------------------------------


def test_a_second_quotation_with_its_own_cue_is_its_own_quote() -> None:
    text = '"We tried," Ana Morrow said. "We failed," she added.'
    found = quotes_of(text)
    assert [q.text for q in found] == ["We tried,", "We failed,"]
    assert [q.cue for q in found] == ["say", "add"]


def test_pieces_split_between_sentences_are_joined_with_a_full_stop() -> None:
    text = (
        '"We are devastated," plant director Emil Sarrow said in a statement. '
        '"Our first thoughts are with the families of our colleagues."'
    )
    (quote,) = quotes_of(text)
    assert quote.text == (
        "We are devastated. Our first thoughts are with the families of our colleagues."
    )
    assert [p.slice(text) for p in quote.parts] == [
        "We are devastated",
        "Our first thoughts are with the families of our colleagues.",
    ]
    assert quote.span == Span(quote.parts[0].start, quote.parts[-1].end)


def test_a_sentence_split_mid_way_is_still_joined_by_a_space() -> None:
    text = '"We tried," Ana Morrow said, "and we failed."'
    (quote,) = quotes_of(text)
    assert quote.text == "We tried and we failed."


def test_joined_text_keeps_a_piece_s_own_sentence_end() -> None:
    text = '"Why now?" Ana Morrow asked. "Because the river rose."'
    parts = [Span(1, 9), Span(30, 53)]
    assert [p.slice(text) for p in parts] == ["Why now?", "Because the river rose."]
    assert quote_extraction.joined_text(text, parts) == "Why now? Because the river rose."


# -- grouping: sentences quoted apart elsewhere ------------------------------------------

_WIRE = (
    '"The Volta has become the van every city fleet wants, and we are building as fast '
    'as we can," chief executive Greta Lindqvist said in a statement.\n\n'
    '"We will not cut prices to chase volume," she said.'
)
_DAILY = (
    '"We are building as fast as we can," chief executive Greta Lindqvist said. '
    '"We will not cut prices."'
)
_WHOLE = (
    '"We are building as fast as we can. We will not cut prices," chief executive '
    "Greta Lindqvist said."
)


def _quote(article: str, text: str, parts: tuple[Span, ...], speaker: str) -> Quote:
    return Quote(
        article,
        Span(parts[0].start, parts[-1].end),
        parts,
        text,
        speaker,
        speaker.lower(),
        "say",
    )


def test_sentences_of_a_quote_split_between_sentences() -> None:
    parts = (Span(1, 34), Span(76, 99))
    joined = "We are building as fast as we can. We will not cut prices."
    quote = _quote("b", joined, parts, "Greta Lindqvist")
    first, second = quote_groups.sentences(quote)
    assert (first.text, first.parts, first.span) == (
        "We are building as fast as we can",
        (Span(1, 34),),
        Span(1, 34),
    )
    assert (second.text, second.parts) == ("We will not cut prices.", (Span(76, 99),))
    assert [p.slice(_DAILY) for p in (*first.parts, *second.parts)] == [
        first.text,
        second.text,
    ]


def test_a_quote_of_one_sentence_split_by_its_cue_stays_whole() -> None:
    quote = _quote("b", "We tried and we failed.", (Span(1, 9), Span(27, 41)), "Ana Morrow")
    assert quote_groups.sentences(quote) == [quote]


def _story_quotes(*texts: str) -> list[Quote]:
    found: list[Quote] = []
    for text in texts:
        found += quotes_of(text)
    return found


def _order(*texts: str) -> list[str]:
    return [article_id(t) for t in texts]


def test_sentences_quoted_apart_by_another_source_group_apart() -> None:
    quotes = _story_quotes(_WIRE, _DAILY)
    groups = group_quotes(quotes, _order(_WIRE, _DAILY), 0.6)
    daily = article_id(_DAILY)
    texts = sorted(v.text for g in groups for v in g.variants if v.article_id == daily)
    assert texts == ["We are building as fast as we can", "We will not cut prices."]
    for group in groups:
        assert len({v.article_id for v in group.variants}) == 2
        daily_variant = next(v for v in group.variants if v.article_id == daily)
        assert [p.slice(_DAILY) for p in daily_variant.parts] == [daily_variant.text]
        assert daily_variant.span == Span(daily_variant.parts[0].start, daily_variant.parts[-1].end)


def test_sentences_quoted_together_by_another_source_stay_together() -> None:
    quotes = _story_quotes(_WHOLE, _DAILY)
    assert quote_groups.split_stitched(quotes, 0.6) == quotes
    (group,) = group_quotes(quotes, _order(_WHOLE, _DAILY), 0.6)
    assert group.variants[1].text == "We are building as fast as we can. We will not cut prices."


# -- a wording credited to another speaker -----------------------------------------------

_WORDS = (
    "We are devastated. Our first thoughts are with the families of our colleagues, "
    "and we will do everything to find out what went wrong"
)
_CPA = (
    "Plant director Emil Sarrow said the company was cooperating with investigators. "
    f'"{_WORDS}," Sarrow said in a statement.\n\n'
    'Fire chief Hana Welk said the tank was sealed. "The leak is under control," '
    "Welk said."
)
_LEDGER = (
    "Fire chief Hana Welk told the Ledger the company had not warned the fire service. "
    '"We are devastated. Our first thoughts are with the families of our colleagues," '
    "Welk said."
)


def test_each_variant_carries_the_speaker_its_article_credits() -> None:
    quotes = _story_quotes(_CPA, _LEDGER)
    group = next(
        g for g in group_quotes(quotes, _order(_CPA, _LEDGER), 0.6) if len(g.variants) == 2
    )
    assert group.speaker_key == "emil sarrow"
    assert [(v.speaker, v.speaker_key) for v in group.variants] == [
        ("Emil Sarrow", "emil sarrow"),
        ("Hana Welk", "hana welk"),
    ]


def _write(folder: Path, name: str, outlet: str, published: str, body: str) -> None:
    (folder / name).write_text(
        f"Title: Dravik plant leak\nOutlet: {outlet}\nPublished: {published}\n\n{body}\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def credited_report(tmp_path_factory: pytest.TempPathFactory) -> StoryReport:
    folder = tmp_path_factory.mktemp("credited")
    body = (
        "A chlorine leak at the Ostmark Chemicals plant in Dravik killed three people late "
        "on Monday, emergency officials said.\n\n"
    )
    _write(folder, "cpa.txt", "Continental Press Agency", "2026-05-12T07:30:00+02:00", body + _CPA)
    _write(folder, "ledger.txt", "The Morning Ledger", "2026-05-13T08:05:00+02:00", body + _LEDGER)
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return report


def test_reports_show_whom_a_variant_is_credited_to(credited_report: StoryReport) -> None:
    console = Console(record=True, width=200, color_system=None, file=io.StringIO())
    render_terminal([credited_report], console)
    terminal = " ".join(console.export_text().split())
    assert "The Morning Ledger (credited to Hana Welk): “We are devastated." in terminal
    assert "Continental Press Agency (credited to" not in terminal
    markdown = render_markdown([credited_report])
    assert "- **The Morning Ledger (credited to Hana Welk)**: “We are devastated." in markdown
    assert "</span> (credited to Hana Welk)" in render_html([credited_report])
    document = json.loads(render_json([credited_report]))
    (group,) = [g for g in document["stories"][0]["quotes"] if len(g["variants"]) == 2]
    assert group["speaker_key"] == "emil sarrow"
    assert [(v["speaker"], v["speaker_key"]) for v in group["variants"]] == [
        ("Emil Sarrow", "emil sarrow"),
        ("Hana Welk", "hana welk"),
    ]
