"""Who a cue credits when a role, a body or a relative clause names the source (review 10).

"his lawyer Mira Oldfield said" is Mira Oldfield's; "river police", "federal
prosecutors" and "prosecutors" are the story's one body; "the Carrowmere fire brigade"
is the brigade, not the town; "an official familiar with the discussions who asked not
to be named" is one anonymous official; "the company" beside a drug the recognizer
took for an organization is the company; and "The National Medicines Authority ordered
Halcyra Pharmaceuticals" names two organizations, not one.
"""

from __future__ import annotations

import pytest

from corrobora.model import SourceKind

from ..stories import attributions, credit_of


@pytest.mark.parametrize(
    "text",
    [
        "Tallant will appeal against the verdict, his lawyer Mira Oldfield said.",
        "The cuts will save money, the company's chief executive, Ada Voss, said.",
    ],
)
def test_a_role_before_a_name_credits_the_named_person(text: str) -> None:
    (found,) = attributions(text, "Hillcrest Times")
    assert found.kind is SourceKind.PERSON
    assert found.source_key in ("mira oldfield", "ada voss")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Investors lost millions, prosecutors told the court.", "prosecution"),
        ("Investors lost millions, according to prosecutors.", "prosecution"),
        ("A barge struck the bridge, river police said.", "river police"),
        ("A barge struck the bridge, state police said.", "state police"),
        ("Investors lost millions, federal prosecutors said.", "federal prosecution"),
    ],
)
def test_a_bare_body_with_its_describing_words_is_one_organization(text: str, key: str) -> None:
    (found,) = attributions(text, "Hillcrest Times")
    assert (found.source_key, found.kind) == (key, SourceKind.ORGANIZATION)


def test_some_members_of_a_body_stay_anonymous() -> None:
    text = "Investors lost millions, several prosecutors said."
    (found,) = attributions(text, "Hillcrest Times")
    assert found.kind is SourceKind.ANONYMOUS


def test_a_town_before_a_body_noun_names_the_body() -> None:
    text = (
        "A road bridge over the Velt river collapsed at Carrowmere early on Tuesday.\n\n"
        "Three people were killed, the Carrowmere fire brigade said."
    )
    credit = credit_of(attributions(text, "Estrovia Press Agency"), "brigade said", text)
    assert (credit.source_key, credit.kind) == ("carrowmere fire brigade", SourceKind.ORGANIZATION)


def test_who_after_a_described_official_is_the_official() -> None:
    text = (
        "Two committee members had pushed for a larger increase, according to an official "
        "familiar with the discussions who asked not to be named."
    )
    found = attributions(text, "Harbourline News")
    assert {a.source_key for a in found} == {
        "official familiar with the discussions who asked not to be named"
    }


def test_the_company_is_the_named_company_not_its_product() -> None:
    text = (
        "Halcyra Pharmaceuticals is recalling 12 batches of its blood-pressure drug Normatel "
        "after tests found an impurity, the company said on Tuesday."
    )
    credit = credit_of(attributions(text, "Pharma Ledger"), "the company said", text)
    assert credit.source_key == "halcyra pharmaceuticals"


def test_a_verb_inside_a_recognized_name_splits_it() -> None:
    text = (
        "The National Medicines Authority ordered Halcyra Pharmaceuticals on Tuesday to "
        "recall 12 batches of Normatel.\n\nThe recall covers 3 percent of all tablets, "
        "Halcyra Pharmaceuticals said."
    )
    found = attributions(text, "Capital Times")
    assert {a.source_key for a in found} >= {"halcyra pharmaceuticals"}
    assert not [a for a in found if "ordered" in a.source_key]
