"""Sources named by their kind and traced to their origin (review 5).

"the agency" after a news agency is that agency; a time phrase between "said" and
"that" keeps the speaker the claim's origin; "Sport Wire" is an outlet, a name with a
plural verb an organization, a speaking name followed by "he" a person; "have not
confirmed" states nothing.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Article, Attribution, EntityKind, Mention, SourceKind
from corrobora.reconcile.origins import fuller_keys
from corrobora.settings import DEFAULT_MODEL, ReconcileParams, Settings
from corrobora.text import article_id

from .stories import credit


def _article(text: str, outlet: str) -> Article:
    return Article(
        id=article_id(text), text=text, title=text.split("\n", 1)[0], outlet=outlet, published=None
    )


def analysed(
    text: str, outlet: str = "Goal Line"
) -> tuple[tuple[Mention, ...], tuple[Attribution, ...]]:
    """The mentions and attributions of ``text`` published by ``outlet``."""
    article = _article(text, outlet)
    doc = parse(text, DEFAULT_MODEL)
    mentions = find_mentions(doc, article)
    quotes = find_quotes(doc, article, mentions)
    return mentions, find_attributions(doc, article, mentions, quotes)


def credit_of(found: tuple[Attribution, ...], name: str, text: str) -> Attribution:
    """The one attribution whose span holds ``name``."""
    (credit,) = [a for a in found if name in text[a.span.start : a.span.end]]
    return credit


def _write(folder: Path, name: str, outlet: str, published: str, body: str) -> None:
    (folder / name).write_text(
        f"Title: Dravik leak\nOutlet: {outlet}\nPublished: {published}\n\n{body}\n",
        encoding="utf-8",
    )


def origins_of(folder: Path, words: str) -> list[tuple[str, ...]]:
    """The origins of each fact of the story in ``folder`` with support holding ``words``."""
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return [
        fact.origins
        for fact in report.reconciliation.facts
        if any(words in s.text for s in fact.support)
    ]


# -- "the agency" -----------------------------------------------------------------------

_HERALD = (
    "A chlorine leak at a chemical plant in Dravik killed three people late on Monday, "
    "the Continental Press Agency reported.\n\n"
    "The leak started at around 10:40 p.m. on Monday when a valve on a storage tank failed "
    "during a transfer, the agency reported.\n\n"
    "The plant was fined in 2023 for failing to report a smaller leak, the agency said.\n\n"
    "The Herald has asked the Keldonian Environment Agency for comment."
)


def test_the_agency_is_the_news_agency_named_before() -> None:
    _, found = analysed(_HERALD, "Keldon Herald")
    agencies = [a for a in found if "the agency" in _HERALD[a.span.start : a.span.end]]
    assert len(agencies) == 2
    assert {(a.source_key, a.kind) for a in agencies} == {
        ("continental press agency", SourceKind.OUTLET)
    }


def test_the_agency_in_a_story_is_not_another_articles_agency(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "cpa.txt",
        "Continental Press Agency",
        "2026-05-12T07:30:00+02:00",
        "The leak began at about 10:40 p.m. Monday when a valve on a storage tank failed "
        "during a transfer.\n\nThe Keldonian Environment Agency said it had sent a team to "
        "measure chlorine levels in the air.\n\nThe plant was fined in 2023 for failing to "
        "report a smaller leak.",
    )
    _write(tmp_path, "herald.txt", "Keldon Herald", "2026-05-12T09:15:00+02:00", _HERALD)
    assert origins_of(tmp_path, "fined in 2023") == [("continental press agency",)]


def test_a_short_key_is_no_fuller_key_when_an_outlet_also_ends_in_it() -> None:
    found = fuller_keys(
        [
            credit("agency", SourceKind.ORGANIZATION),
            credit("keldonian environment agency", SourceKind.ORGANIZATION),
            credit("continental press agency", SourceKind.OUTLET),
            credit("fire service", SourceKind.ORGANIZATION),
            credit("dravik fire service", SourceKind.ORGANIZATION),
        ]
    )
    assert found == {"fire service": "dravik fire service"}


# -- "said on Tuesday that" -------------------------------------------------------------


def test_a_time_phrase_after_said_keeps_the_speaker_the_origin(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "radio.txt",
        "Radio Dravik",
        "2026-05-12T18:40:00+02:00",
        "The chlorine leak at the Ostmark Chemicals plant in Dravik killed seven people, the "
        "Dravik Fire and Rescue Service said.\n\n"
        "Fire chief Hana Welk said on Tuesday that the tank had been sealed.",
    )
    assert origins_of(tmp_path, "tank had been sealed") == [("hana welk",)]


# -- kinds of sources -------------------------------------------------------------------

_TRANSFER = (
    "Lukas Varenne's move from FC Ardenholm to Real Castellan is the most expensive transfer "
    "in the history of the Keldonian league, with a fee of 45 million euros, Sport Wire "
    "reported on Wednesday.\n\n"
    "Real Castellan have not confirmed the fee.\n\n"
    '"It is a dream come true," Varenne said of joining the club he supported as a boy.'
)


def test_a_name_ending_in_wire_is_an_outlet() -> None:
    _, found = analysed(_TRANSFER)
    assert credit_of(found, "Sport Wire", _TRANSFER).kind is SourceKind.OUTLET


def test_a_name_with_a_plural_verb_is_an_organization() -> None:
    mentions, found = analysed(_TRANSFER)
    assert {m.kind for m in mentions if m.key == "real castellan"} == {EntityKind.ORGANIZATION}
    credit = credit_of(found, "Real Castellan have", _TRANSFER)
    assert credit.kind is SourceKind.ORGANIZATION


def test_have_not_confirmed_states_nothing() -> None:
    _, found = analysed(_TRANSFER)
    assert not credit_of(found, "Real Castellan have", _TRANSFER).statement


def test_a_speaker_the_sentence_calls_he_is_a_person() -> None:
    _, found = analysed(_TRANSFER)
    assert credit_of(found, "Varenne said", _TRANSFER).kind is SourceKind.PERSON
