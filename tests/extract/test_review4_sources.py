"""Bodies every outlet of a story names alike ("police said") are one source."""

from __future__ import annotations

import pytest

from corrobora.model import SourceKind

from .test_review3_sources import attributions_of


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Police said 47 people were arrested after the march in Veldmark.", "police"),
        ("The organizers said 30,000 people marched through Veldmark.", "organizer"),
        ("Organisers said the march through Veldmark would go ahead.", "organiser"),
    ],
)
def test_a_bare_police_or_organizers_is_one_organization(text: str, key: str, model: str) -> None:
    (found,) = attributions_of(text, model)
    assert (found.source_key, found.kind) == (key, SourceKind.ORGANIZATION)


def test_an_inserted_police_said_credits_the_clause(model: str) -> None:
    text = (
        "By evening 47 people had been arrested, police said, after bottles were thrown "
        "at officers near the finance ministry."
    )
    (found,) = attributions_of(text, model)
    assert found.source_key == "police"
    assert text[found.content.start : found.content.end] == (
        "By evening 47 people had been arrested"
    )


def test_officials_stay_anonymous(model: str) -> None:
    (found,) = attributions_of("Officials said 47 people were arrested in Veldmark.", model)
    assert found.kind is SourceKind.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The trial was funded by Brevant Pharma, which makes the pill. "
            "The company said it would ask regulators to approve the drug.",
            "brevant pharma",
        ),
        (
            "The ferry line was bought by Veltrane Systems last year. "
            "The firm said the timetable would not change.",
            "veltrane systems",
        ),
    ],
)
def test_the_company_is_the_organization_just_named(text: str, key: str, model: str) -> None:
    (found,) = attributions_of(text, model)
    assert (found.source_key, found.kind) == (key, SourceKind.ORGANIZATION)


def test_the_company_after_two_organizations_stays_unresolved(model: str) -> None:
    text = (
        "Veltrane Systems sold the ferry line to Orvik Holdings in March. "
        "The company said the timetable would not change."
    )
    (found,) = attributions_of(text, model)
    assert found.source_key == "company"


def test_unnamed_researchers_reporting_in_a_journal_credit_the_journal(model: str) -> None:
    text = (
        "A daily pill cut the risk of a second stroke, researchers reported on Monday "
        "in the Northbridge Medical Review."
    )
    (found,) = attributions_of(text, model)
    assert (found.source_key, found.kind) == ("northbridge medical review", SourceKind.OUTLET)


def test_a_named_author_reporting_in_a_journal_stays_the_source(model: str) -> None:
    text = (
        "A daily pill cut the risk of a second stroke, Hanne Solberg reported on Monday "
        "in the Northbridge Medical Review."
    )
    (found,) = attributions_of(text, model)
    assert found.source_key == "hanne solberg"
