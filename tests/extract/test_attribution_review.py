"""Attributions after a review: "as X reported", recipients, titles, own outlet, bodies."""

from __future__ import annotations

import pytest

from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Attribution, SourceKind

from .conftest import build_article


def attributions_of(text: str, model: str, outlet: str = "Test Wire") -> tuple[Attribution, ...]:
    """The attributions of ``text`` published by ``outlet``."""
    article = build_article(text, outlet=outlet)
    doc = parse(text, model)
    mentions = find_mentions(doc, article)
    return find_attributions(doc, article, mentions, find_quotes(doc, article, mentions))


def only(found: tuple[Attribution, ...], key: str) -> Attribution:
    """The one attribution credited to ``key``."""
    matches = [a for a in found if a.source_key == key]
    assert len(matches) == 1, (key, found)
    return matches[0]


@pytest.mark.parametrize(
    ("text", "key", "content"),
    [
        (
            "The ferry service was suspended on Monday, as first reported by the Marlow Gazette.",
            "marlow gazette",
            "The ferry service was suspended on Monday",
        ),
        (
            "The sawmill will close in June, as the Harbor Tribune reported.",
            "harbor tribune",
            "The sawmill will close in June",
        ),
        (
            "As the Harbor Tribune reported on Friday, the sawmill will close in June.",
            "harbor tribune",
            "the sawmill will close in June",
        ),
    ],
)
def test_as_reported_by_credits_the_clause_it_modifies(
    model: str, text: str, key: str, content: str
) -> None:
    item = only(attributions_of(text, model), key)
    assert (item.kind, item.cue, item.statement) == (SourceKind.OUTLET, "report", True)
    assert item.content.slice(text) == content


def test_as_with_an_object_of_its_own_credits_nothing_around_it(model: str) -> None:
    text = "The sawmill closed, as the Harbor Tribune reported. Vega smiled as she announced it."
    found = attributions_of(text, model)
    assert only(found, "harbor tribune").content.slice(text) == "The sawmill closed"
    assert not [a for a in found if "Vega smiled" in a.content.slice(text)]


def test_the_outlet_a_person_spoke_to_is_no_source(model: str) -> None:
    text = (
        "Pia Lund, the council's treasurer, told the Coastline Courier: “The budget is balanced.”"
    )
    found = attributions_of(text, model)
    assert [(a.source_key, a.kind) for a in found] == [("pia lund", SourceKind.PERSON)]
    assert found[0].content.slice(text) == "The budget is balanced."


def test_a_title_does_not_split_a_person(model: str) -> None:
    text = (
        '"The harbour must stay open for the winter," Mayor Edda Brunvik said. '
        "Edda Brunvik said the ferries would keep running."
    )
    found = attributions_of(text, model)
    assert {(a.source_key, a.kind) for a in found} == {("edda brunvik", SourceKind.PERSON)}
    assert len(found) == 2


def test_the_articles_own_outlet_credits_nothing(model: str) -> None:
    text = (
        "Harbor Weekly could not verify the figures. "
        "The pier will close, as Harbor Weekly first reported in May."
    )
    assert attributions_of(text, model, outlet="Harbor Weekly") == ()


def test_sources_speaking_to_the_own_outlet_are_credited_themselves(model: str) -> None:
    text = "Two officials told Harbor Weekly that the pier would close."
    (item,) = attributions_of(text, model, outlet="Harbor Weekly")
    assert (item.source_key, item.kind) == ("two officials", SourceKind.ANONYMOUS)
    assert item.content.slice(text) == "the pier would close"


def test_documents_only_the_own_outlet_has_seen_are_unnamed_sources(model: str) -> None:
    text = "The pier was last inspected in 2019, according to documents seen by the Herald."
    (item,) = attributions_of(text, model, outlet="The Marlow Herald")
    assert (item.source_key, item.kind) == ("documents seen by the herald", SourceKind.ANONYMOUS)
    assert item.content.slice(text) == "The pier was last inspected in 2019"


def test_a_place_before_an_organization_noun_names_one_organization(model: str) -> None:
    text = "Some 400 homes were evacuated in Dresden, the Dresden fire brigade said."
    (item,) = attributions_of(text, model)
    assert (item.source_key, item.kind) == ("dresden fire brigade", SourceKind.ORGANIZATION)
    assert item.span.slice(text) == "the Dresden fire brigade said"


def test_an_unnamed_body_is_an_organization_and_is_referred_back_to(model: str) -> None:
    text = (
        "Roads were closed near the port, the regional prefecture said on Monday. "
        "Schools will reopen on Friday, the prefecture said."
    )
    found = attributions_of(text, model)
    assert [(a.source_key, a.kind) for a in found] == [
        ("regional prefecture", SourceKind.ORGANIZATION),
        ("regional prefecture", SourceKind.ORGANIZATION),
    ]
    assert found[1].content.slice(text) == "Schools will reopen on Friday"


def test_an_unnamed_body_refers_back_only_to_a_name_with_its_words(model: str) -> None:
    text = (
        "The Orrin Ambulance Service counted 31 injured. The fire service said the leak "
        "was sealed. The Senna Regional Fire Service said the blaze was out. Later the fire "
        "service said two workers had died."
    )
    found = attributions_of(text, model)
    assert [a.source_key for a in found] == [
        "orrin ambulance service",  # "counted 31 injured" states a figure (review 16)
        "fire service",
        "senna regional fire service",
        "senna regional fire service",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman for Quillon declined to comment on the job cuts.",
        "A lawyer for Tessa Pell would not comment on the case.",
        "The port authority did not respond to requests for comment.",
        "Officials refused to say how many staff were affected.",
    ],
)
def test_a_refusal_to_comment_states_nothing(model: str, text: str) -> None:
    assert not [a for a in attributions_of(text, model) if a.statement]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "LUNDMARK, June 2 (Harbor Press) - Quillon Freight said on Tuesday it would cut "
            "300 jobs.",
            "quillon freight",
        ),
        (
            "Ferries resumed.\n\nOstraven, March 9 - The Brannock Group said profits rose.",
            "brannock group",
        ),
    ],
)
def test_a_dateline_names_no_source(model: str, text: str, key: str) -> None:
    (item,) = attributions_of(text, model)
    assert item.source_key == key
    assert item.span.slice(text).split()[0] in ("Quillon", "The")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Brannock Systems, the Ostraven chipmaker, said revenue rose. "
            "Brannock also said it would hire 200 engineers.",
            "brannock systems",
        ),
        (
            "Dorvane Systems, the Lunvik-based chipmaker, said on Thursday that revenue rose. "
            "Dorvane also said it plans to cut about 400 jobs at its plant in Osk.",
            "dorvane systems",
        ),
    ],
)
def test_a_company_named_by_its_leading_words_keeps_its_key(
    model: str, text: str, key: str
) -> None:
    found = attributions_of(text, model)
    assert [(a.source_key, a.kind) for a in found] == [(key, SourceKind.ORGANIZATION)] * 2


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        (
            "Opposition leader Maja Tervik said the case showed the need for reform.",
            "maja tervik",
            SourceKind.PERSON,
        ),
        (
            "Quillon Systems reported a loss of $4 million last year.",
            "quillon systems",
            SourceKind.ORGANIZATION,
        ),
        (
            "Pell's defence team has said the charges are baseless.",
            "pell s defence team",
            SourceKind.ORGANIZATION,
        ),
    ],
)
def test_source_kinds_of_leaders_companies_and_teams(
    model: str, text: str, key: str, kind: SourceKind
) -> None:
    (item,) = attributions_of(text, model)
    assert (item.source_key, item.kind) == (key, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Judge Ilse Moran of the Brenfold District Court found Askel guilty. The ruling "
        "could be appealed to the Court of Appeal within three weeks. The court said the "
        "evidence was clear.",
        "Judge Ilse Moran of the Brenfold District Court found Askel guilty. The Court of "
        "Appeal is not expected to hear the case before next year. The mine paid Askel "
        "3 million krona, the court found.",
    ],
)
def test_a_court_named_only_as_a_possibility_is_no_antecedent(model: str, text: str) -> None:
    keys = {a.source_key for a in attributions_of(text, model)}
    assert "brenfold district court" in keys
    assert "court of appeal" not in keys


@pytest.mark.parametrize(
    ("text", "company", "place"),
    [
        (
            "Singapore Airlines cancelled 40 flights. Singapore said the airport would stay open.",
            "singapore airlines",
            "singapore",
        ),
        (
            "Qatar Airways cancelled 40 flights. Qatar said the airport would stay open.",
            "qatar airways",
            "qatar",
        ),
    ],
)
def test_a_place_named_by_a_companys_leading_word_keeps_its_own_key(
    model: str, text: str, company: str, place: str
) -> None:
    mentions = find_mentions(parse(text, model), build_article(text))
    assert [m.key for m in mentions] == [company, place]
    (item,) = attributions_of(text, model)
    assert item.source_key == place


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        (
            "Mayor Ilse Coranth -- speaking on Monday -- said the bridge would reopen.",
            "ilse coranth",
            SourceKind.PERSON,
        ),
        (
            "Police — who arrived late — said the road was closed.",
            "police",
            SourceKind.ORGANIZATION,
        ),
        (
            "John Smith - the mayor - said the bridge would reopen.",
            "john smith",
            SourceKind.PERSON,
        ),
    ],
)
def test_a_name_and_an_aside_between_dashes_is_no_dateline(
    model: str, text: str, key: str, kind: SourceKind
) -> None:
    (item,) = attributions_of(text, model)
    assert item.source_key.startswith(key)
    assert item.kind is kind
    assert item.span.slice(text).startswith(text.split()[0])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Kremlin press service said the talks would continue.", "kremlin"),
        ("The Veltrane Systems board said the merger would proceed.", "veltrane systems"),
    ],
)
def test_an_organization_before_an_organization_noun_keeps_its_key(
    model: str, text: str, key: str
) -> None:
    (item,) = attributions_of(text, model)
    assert (item.source_key, item.kind) == (key, SourceKind.ORGANIZATION)
