"""Sources credited after their words, unnamed sources named again, one source's keys (review 6).

"..., the authority announced on Thursday" credits the authority like "said" does; "the
person" after "a person familiar with the matter" is that unnamed source; "the
regulator" is the one public body named before; "Torvik" of "Torvik Motors" and "the
clerk" of "the Assembly's clerk" are one origin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora import api
from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Article, Attribution, SourceKind, Span
from corrobora.reconcile.origins import fuller_keys
from corrobora.settings import DEFAULT_MODEL, ReconcileParams, Settings
from corrobora.text import article_id


def _article(text: str, outlet: str) -> Article:
    return Article(
        id=article_id(text), text=text, title=text.split("\n", 1)[0], outlet=outlet, published=None
    )


def attributions(text: str, outlet: str = "Autoline Weekly") -> tuple[Attribution, ...]:
    """The attributions of ``text`` published by ``outlet``."""
    article = _article(text, outlet)
    doc = parse(text, DEFAULT_MODEL)
    mentions = find_mentions(doc, article)
    quotes = find_quotes(doc, article, mentions)
    return find_attributions(doc, article, mentions, quotes)


def credits_of(found: tuple[Attribution, ...], words: str, text: str) -> list[Attribution]:
    """The attributions whose span holds ``words``."""
    return [a for a in found if words in text[a.span.start : a.span.end]]


def origins_of(folder: Path, words: str) -> list[tuple[str, ...]]:
    """The origins of each fact of the story in ``folder`` with support holding ``words``."""
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return [
        fact.origins
        for fact in report.reconciliation.facts
        if any(words in s.text for s in fact.support)
    ]


def _write(folder: Path, name: str, outlet: str, published: str, body: str) -> None:
    (folder / name).write_text(
        f"Title: Aster recall\nOutlet: {outlet}\nPublished: {published}\n\n{body}\n",
        encoding="utf-8",
    )


# -- a reporting verb after the words it reports ----------------------------------------

_RECALL = (
    "Torvik Motors is recalling 86,400 Aster SUVs from the 2022 model year over a brake line "
    "that can rub against the steering rack and leak fluid, the National Vehicle Safety "
    "Authority {verb} on Thursday. Owners will be notified by letter."
)


@pytest.mark.parametrize("verb", ["announced", "confirmed", "reported", "added", "warned"])
def test_a_trailing_reporting_verb_credits_its_subject(verb: str) -> None:
    text = _RECALL.format(verb=verb)
    found = attributions(text)
    (credit,) = credits_of(found, f"Authority {verb}", text)
    assert credit.source_key == "national vehicle safety authority"
    assert credit.kind is SourceKind.ORGANIZATION
    assert text[credit.content.start : credit.content.end].startswith("Torvik Motors is recalling")
    assert text[credit.content.start : credit.content.end].endswith("leak fluid")


def test_a_trailing_reporting_verb_is_the_claims_source() -> None:
    text = _RECALL.format(verb="announced")
    found = attributions(text)
    claim = Span(0, text.index(", the National"))
    covering = [a for a in found if a.statement and a.content.start <= claim.start < a.content.end]
    assert {a.source_key for a in covering} == {"national vehicle safety authority"}


def test_a_closing_cue_is_named_for_the_claim_splitter() -> None:
    from corrobora.extract.attribution import closing_cue

    doc = parse(_RECALL.format(verb="announced"), DEFAULT_MODEL)
    assert [t.text for t in doc if closing_cue(t)] == ["announced"]
    doc = parse("Torvik Motors cut prices, and the agency announced a review.", DEFAULT_MODEL)
    assert not any(closing_cue(t) for t in doc)


def test_a_conjoined_cue_with_its_own_object_reports_nothing_before_it() -> None:
    text = (
        "Torvik Motors cut the price of the Aster by 4 percent, and the Velm Safety Agency "
        "announced a review on Thursday."
    )
    found = attributions(text)
    for credit in credits_of(found, "Agency announced", text):
        assert not text[credit.content.start : credit.content.end].startswith("Torvik Motors")


# -- "the person" after "a person familiar with the matter" -----------------------------

_WIDER = (
    "The recall of Torvik Aster SUVs could be widened to about 120,000 vehicles, a person "
    "familiar with the matter said on Friday.\n\n"
    "The person, who asked not to be named because the talks are private, said engineers "
    "were checking whether vehicles built in early 2025 used the same brake line supplier."
)


def test_the_person_is_the_unnamed_source_named_before() -> None:
    found = attributions(_WIDER, "The Capital Gazette")
    first = credits_of(found, "a person familiar", _WIDER)
    later = [a for a in credits_of(found, "The person", _WIDER) if a.cue == "say"]
    assert first and later
    assert all(a.kind is SourceKind.ANONYMOUS for a in [*first, *later])
    assert {a.source_key for a in later} == {first[0].source_key}


def test_a_person_never_named_before_is_no_document() -> None:
    text = "The person said engineers were checking the brake line supplier."
    found = attributions(text, "The Capital Gazette")
    assert found
    assert all(a.kind is not SourceKind.DOCUMENT for a in found)


def test_the_person_speaks_through_the_outlet(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "The Capital Gazette", "2026-02-27T18:20:00+01:00", _WIDER)
    assert origins_of(tmp_path, "engineers were checking") == [("capital gazette",)]


# -- "the regulator" ---------------------------------------------------------------------


def test_the_regulator_is_the_one_public_body_named_before() -> None:
    text = (
        "Torvik Motors is recalling 86,400 Aster SUVs, the National Vehicle Safety Authority "
        "said on Thursday.\n\n"
        "The recall begins on March 3, the authority said.\n\n"
        "The regulator said it had received reports of 14 incidents."
    )
    found = attributions(text, "Meridia Business Daily")
    (credit,) = credits_of(found, "The regulator", text)
    assert credit.source_key == "national vehicle safety authority"


def test_the_regulator_after_two_public_bodies_stays_unresolved() -> None:
    text = (
        "The Velm Energy Agency and the Orsel Competition Commission opened an inquiry on "
        "Monday.\n\n"
        "Prices rose 9 percent last year, the Velm Energy Agency said.\n\n"
        "The regulator said it would report in June."
    )
    found = attributions(text, "Meridia Business Daily")
    (credit,) = credits_of(found, "The regulator", text)
    assert credit.source_key == "regulator"


# -- one source, two keys ----------------------------------------------------------------


def _credit(key: str, kind: SourceKind) -> Attribution:
    return Attribution(
        article_id="a",
        source=key,
        source_key=key,
        kind=kind,
        cue="say",
        span=Span(0, 1),
        content=Span(2, 3),
    )


def test_a_company_s_leading_name_is_the_company() -> None:
    fuller = fuller_keys(
        [
            _credit("torvik", SourceKind.ORGANIZATION),
            _credit("torvik motors", SourceKind.ORGANIZATION),
        ]
    )
    assert fuller == {"torvik": "torvik motors"}


def test_a_leading_name_of_two_companies_stays_as_it_is() -> None:
    fuller = fuller_keys(
        [
            _credit("torvik", SourceKind.ORGANIZATION),
            _credit("torvik motors", SourceKind.ORGANIZATION),
            _credit("torvik energy", SourceKind.ORGANIZATION),
        ]
    )
    assert "torvik" not in fuller


def test_a_bare_description_is_the_owner_s_one() -> None:
    fuller = fuller_keys(
        [_credit("assembly s clerk", SourceKind.DOCUMENT), _credit("clerk", SourceKind.DOCUMENT)]
    )
    assert fuller == {"clerk": "assembly s clerk"}


def test_a_bare_description_of_two_owners_stays_as_it_is() -> None:
    fuller = fuller_keys(
        [
            _credit("assembly s clerk", SourceKind.DOCUMENT),
            _credit("senate s clerk", SourceKind.DOCUMENT),
            _credit("clerk", SourceKind.DOCUMENT),
        ]
    )
    assert "clerk" not in fuller


def test_one_source_is_one_origin_across_outlets(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "a.txt",
        "Meridia Business Daily",
        "2026-02-26T10:30:00+01:00",
        "Torvik Motors is recalling 86,400 Aster SUVs because a brake line can leak fluid, "
        "the National Vehicle Safety Authority said on Thursday.\n\n"
        "The recall will begin on March 3, the authority said.\n\n"
        "The regulator said it had received reports of 14 incidents of reduced braking.\n\n"
        "Torvik denied that the defect had caused any crash.",
    )
    _write(
        tmp_path,
        "b.txt",
        "The Capital Gazette",
        "2026-02-27T18:20:00+01:00",
        "The National Vehicle Safety Authority said on Thursday that it had received reports "
        "of 14 incidents of reduced braking.\n\n"
        "Torvik has denied that the defect caused any crash.",
    )
    assert origins_of(tmp_path, "14 incidents") == [("national vehicle safety authority",)]
    assert origins_of(tmp_path, "denied") == [("torvik motors",)]
