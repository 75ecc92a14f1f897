"""Attributions: statements credited to outlets, people, documents and anonymous sources."""

from __future__ import annotations

import pytest

from corrobora.extract.attribution import find_attributions
from corrobora.extract.cues import looks_like_outlet_name
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quotes import find_quotes
from corrobora.model import Attribution, SourceKind

from .conftest import build_article, needs_seeds, seed_articles


def attributions_of(text: str, model: str) -> tuple[Attribution, ...]:
    article = build_article(text)
    doc = parse(text, model)
    mentions = find_mentions(doc, article)
    found = find_attributions(doc, article, mentions, find_quotes(doc, article, mentions))
    for item in found:
        assert item.article_id == article.id
        assert item.span.slice(text).strip() == item.span.slice(text)
        assert item.content.end <= len(text) and item.content.start < item.content.end
    return found


def by_key(found: tuple[Attribution, ...], key: str) -> list[Attribution]:
    return [a for a in found if a.source_key == key]


def one(found: tuple[Attribution, ...], key: str) -> Attribution:
    matches = by_key(found, key)
    assert len(matches) == 1, (key, found)
    return matches[0]


def test_sentence_initial_according_to_credits_the_rest_of_the_sentence(model: str) -> None:
    text = "According to the Northern Gazette, the strike ended at noon. Workers went home."
    item = one(attributions_of(text, model), "northern gazette")
    assert item.span.slice(text) == "According to the Northern Gazette"
    assert item.content.slice(text) == "the strike ended at noon"
    assert (item.source, item.kind, item.cue) == (
        "Northern Gazette",
        SourceKind.OUTLET,
        "according to",
    )


def test_final_according_to_credits_the_start_of_the_sentence(model: str) -> None:
    text = "The mayor resigned on Tuesday, according to the Evening Chronicle."
    item = one(attributions_of(text, model), "evening chronicle")
    assert item.content.slice(text) == "The mayor resigned on Tuesday"
    assert item.kind is SourceKind.OUTLET


def test_according_to_sources_reporting_in_two_outlets(model: str) -> None:
    text = (
        "The minister met the rebels in May, according to sources reporting in "
        "the Miami Herald and the New York Times."
    )
    found = attributions_of(text, model)
    herald = one(found, "miami herald")
    times = one(found, "new york times")
    assert herald.kind is times.kind is SourceKind.OUTLET
    assert herald.content == times.content
    assert herald.content.slice(text) == "The minister met the rebels in May"
    assert herald.source == "Miami Herald"
    assert not [a for a in found if a.kind is SourceKind.ANONYMOUS]


def test_outlet_reported_that(model: str) -> None:
    text = "The Lakeside Herald reported that the dam had cracked."
    item = one(attributions_of(text, model), "lakeside herald")
    assert (item.kind, item.cue) == (SourceKind.OUTLET, "report")
    assert item.content.slice(text) == "the dam had cracked"


def test_person_said_that(model: str) -> None:
    text = "Maria Lopez said that the plant would close in June."
    item = one(attributions_of(text, model), "maria lopez")
    assert (item.kind, item.cue, item.source) == (SourceKind.PERSON, "say", "Maria Lopez")
    assert item.span.slice(text) == "Maria Lopez said"
    assert item.content.slice(text) == "the plant would close in June"


def test_told_an_outlet_credits_the_speaker_only(model: str) -> None:
    text = "Holt told the Daily Courier that the talks would resume."
    found = attributions_of(text, model)
    person = one(found, "holt")
    assert not by_key(found, "daily courier")
    assert (person.kind, person.cue) == (SourceKind.PERSON, "tell")
    assert person.content.slice(text) == "the talks would resume"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Officials said more talks were planned.", "officials"),
        (
            "Sources familiar with the discussions claim the rebels asked for amnesty.",
            "sources familiar with the discussions",
        ),
        (
            "A person with knowledge of the matter said the mayor planned to sue.",
            "person with knowledge of the matter",
        ),
        ("People close to the minister said she would resign.", "people close to the minister"),
        ("Western diplomats said the vote was rigged.", "western diplomats"),
    ],
)
def test_anonymous_sources(model: str, text: str, source: str) -> None:
    (item,) = attributions_of(text, model)
    assert item.kind is SourceKind.ANONYMOUS
    assert item.source == source
    assert item.source_key == source
    assert source in item.span.slice(text).lower()
    assert item.span.slice(text).endswith(("said", "claim"))


def test_document_sources(model: str) -> None:
    text = (
        "The report says unemployment rose in March.\n"
        "A statement from the ministry said the agreement was final."
    )
    found = attributions_of(text, model)
    assert [(a.source, a.kind) for a in found] == [
        ("report", SourceKind.DOCUMENT),
        ("statement from the ministry", SourceKind.DOCUMENT),
    ]
    assert found[1].content.slice(text) == "the agreement was final"


@pytest.mark.parametrize("noun", ["newspaper", "daily", "paper", "outlet", "broadcaster"])
def test_the_newspaper_is_the_outlet_named_last(model: str, noun: str) -> None:
    text = (
        "The Riverside Tribune first published the story.\n"
        "The Evening Chronicle confirmed it later.\n"
        f"The {noun} said the mayor had resigned."
    )
    found = attributions_of(text, model)
    item = next(a for a in found if a.cue == "say")
    assert (item.source_key, item.kind) == ("evening chronicle", SourceKind.OUTLET)
    assert item.span.slice(text) == f"The {noun} said"


def test_source_quoted_by_the_newspaper_is_credited_to_the_outlet(model: str) -> None:
    text = (
        "According to the Lakeside Herald, the deal collapsed.\n"
        "A source quoted by the newspaper said, “Nobody signed anything.”"
    )
    found = attributions_of(text, model)
    relayed = [a for a in found if a.cue == "say"]
    assert len(relayed) == 1
    assert (relayed[0].source_key, relayed[0].kind) == ("lakeside herald", SourceKind.OUTLET)
    assert relayed[0].span.slice(text) == "A source quoted by the newspaper said"
    assert relayed[0].content.slice(text) == "Nobody signed anything."


def test_unnamed_newspaper_leaves_the_source_anonymous(model: str) -> None:
    text = "A source quoted by the newspaper said, “Nobody signed anything.”"
    (item,) = attributions_of(text, model)
    assert item.kind is SourceKind.ANONYMOUS
    assert item.source == "source quoted by the newspaper"


def test_quote_with_speaker_is_an_attribution_of_the_quote(model: str) -> None:
    text = "Prime Minister Jane Holt met union leaders.\n“We will not back down,” she said."
    found = attributions_of(text, model)
    item = one(found, "jane holt")
    assert item.kind is SourceKind.PERSON
    assert item.content.slice(text) == "We will not back down,"
    assert item.span.slice(text) == "she said"


def test_organization_is_not_an_outlet(model: str) -> None:
    text = "The Defense Ministry said that the drills were routine."
    (item,) = attributions_of(text, model)
    assert item.kind is SourceKind.ORGANIZATION
    assert item.source_key == "defense ministry"


def test_pronoun_source_resolves_to_the_subject(model: str) -> None:
    text = "Carla Mendes met Peter Wong in Lisbon. Later, she said the meeting went well."
    item = next(a for a in attributions_of(text, model) if a.cue == "say")
    assert item.source_key == "carla mendes"
    assert item.span.slice(text) == "she said"


def speaker_of(found: tuple[Attribution, ...], text: str, content: str) -> str:
    return next(a.source_key for a in found if content in a.content.slice(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed organization spoke last: "it" is that organization
        (
            "Storm delays 40 ships, harbour authority says. "
            "The port will reopen Friday, it said on Monday.",
            "harbour authority",
        ),
        (
            "Northwind Shipping said its vessels were safe. The port authority said 40 "
            "ships were delayed. It said the port would reopen on Friday.",
            "port authority",
        ),
        # a named organization spoke after it: "it" is the named one
        (
            "The port authority said 40 ships were delayed. Northwind Shipping said its "
            "vessels were safe. It said the port would reopen on Friday.",
            "northwind shipping",
        ),
    ],
    ids=["headline", "unnamed-last", "named-last"],
)
def test_it_said_names_the_organization_that_spoke_last(
    text: str, expected: str, model: str
) -> None:
    found = attributions_of(text, model)
    assert speaker_of(found, text, "reopen") == expected


def test_a_placeholder_it_is_not_resolved_to_an_organization(model: str) -> None:
    text = (
        "The port authority said 40 ships were delayed. It appears that the port will "
        "reopen on Friday."
    )
    found = attributions_of(text, model)
    assert all(a.source_key != "port authority" for a in found if "Friday" in a.content.slice(text))


def test_reporting_verbs_inside_quotes_are_not_attributions(model: str) -> None:
    text = "Ana Ruiz said: “They say we lost, but I say we won.”"
    found = attributions_of(text, model)
    assert [a.source_key for a in found] == ["ana ruiz"]


@pytest.mark.parametrize(
    ("name", "person_tagged", "expected"),
    [
        ("miami herald", True, True),
        ("new york times", False, True),
        ("times of india", False, True),
        ("washington post", False, True),
        ("john post", True, False),
        ("guardian council", False, False),
        ("central intelligence agency", False, False),
        ("xinhua news agency", False, True),
    ],
)
def test_outlet_names(name: str, person_tagged: bool, expected: bool) -> None:
    assert looks_like_outlet_name(name, person_tagged=person_tagged) is expected


@needs_seeds
def test_seed_attributions(model: str) -> None:
    first, second = seed_articles()
    found = attributions_of(first.text, model)
    herald = [a for a in by_key(found, "miami herald") if a.cue == "according to"]
    assert {a.span.slice(first.text) for a in herald} == {
        "According to the Miami Herald",
        "according to sources reporting in the Miami Herald and the New York Times",
    }
    times = one(found, "new york times")
    assert times.kind is SourceKind.OUTLET
    assert times.content.slice(first.text).startswith("President Donald Trump confirmed")
    phone = [
        a for a in by_key(found, "donald trump") if "phone call" in a.content.slice(first.text)
    ]
    assert any(a.content.slice(first.text).startswith("I wouldn't say") for a in phone)

    found = attributions_of(second.text, model)
    relayed = [a for a in by_key(found, "miami herald") if a.cue == "say"]
    assert len(relayed) == 1
    assert relayed[0].content.slice(second.text).startswith("First, Maduro asked")
    anonymous = [a for a in found if a.kind is SourceKind.ANONYMOUS]
    assert [a.source for a in anonymous] == ["sources familiar with the discussions"]
    assert anonymous[0].content.slice(second.text).startswith("Maduro asked for global amnesty")
    assert any(a.span.slice(second.text) == "According to Miami Herald" for a in found)


def test_trailing_reporting_clause_credits_the_clause_before(model: str) -> None:
    text = "The talks collapsed on Friday, officials said."
    (item,) = attributions_of(text, model)
    assert item.kind is SourceKind.ANONYMOUS
    assert item.content.slice(text) == "The talks collapsed on Friday"
    assert item.span.slice(text) == "officials said"


def test_quote_told_to_an_outlet_credits_the_speaker_only(model: str) -> None:
    text = "Dana Fox told the Valley Tribune, “We will appeal the ruling.”"
    found = attributions_of(text, model)
    assert {(a.source_key, a.kind) for a in found} == {("dana fox", SourceKind.PERSON)}
    assert all(a.content.slice(text) == "We will appeal the ruling." for a in found)


def test_according_to_content_covers_a_quote_running_past_the_sentence(model: str) -> None:
    text = (
        "According to the Valley Tribune, Fox said, “We will appeal. We will win.\n"
        "And we will not stop.”"
    )
    item = one(attributions_of(text, model), "valley tribune")
    assert item.content.slice(text).startswith("Fox said")
    assert item.content.slice(text).endswith("not stop.”")


def test_middle_according_to_credits_the_whole_sentence(model: str) -> None:
    text = "The vote, according to the Valley Tribune, was close."
    item = one(attributions_of(text, model), "valley tribune")
    assert item.content.slice(text) == "The vote, according to the Valley Tribune, was close"


def test_outlet_by_context_without_an_outlet_word(model: str) -> None:
    text = "Two senior aides told Reuters that the bill was dead."
    found = attributions_of(text, model)
    assert {a.kind for a in by_key(found, "reuters")} == {SourceKind.OUTLET}


def test_organization_speaking_through_it(model: str) -> None:
    text = "The Defense Ministry held a briefing. It said that the drills were routine."
    found = attributions_of(text, model)
    item = next(a for a in found if a.span.slice(text) == "It said")
    assert (item.source_key, item.kind) == ("defense ministry", SourceKind.ORGANIZATION)


def test_relayed_anonymous_quote_and_its_attribution_share_the_content(model: str) -> None:
    text = (
        "The Valley Tribune broke the story.\n"
        "A source quoted by the paper said, “First, the fund was cut.\n"
        "Second, the staff left.”"
    )
    quotes = find_quotes(parse(text, model), build_article(text), ())
    assert len(quotes) == 1
    found = attributions_of(text, model)
    relayed = [a for a in found if a.cue == "say"]
    assert [(a.source_key, a.kind) for a in relayed] == [("valley tribune", SourceKind.OUTLET)]
    assert relayed[0].content == quotes[0].span


@pytest.mark.parametrize(
    ("text", "key", "statement"),
    [
        ("Mayor Ada Brandt rejected the offer on Monday.", "ada brandt", False),
        ("Ada Brandt agreed to leave the council immediately.", "ada brandt", False),
        ("Ada Brandt insisted on two conditions before the vote.", "ada brandt", False),
        ("Ada Brandt insisted that the bridge was safe.", "ada brandt", True),
        ("Ada Brandt vowed to repeal the parking law.", "ada brandt", True),
        ("Ada Brandt confirmed the deaths of two climbers.", "ada brandt", True),
        ("The Harbour Agency issued a warning about heavy rain.", "harbour agency", True),
    ],
)
def test_an_act_done_to_an_object_is_no_statement(
    text: str, key: str, statement: bool, model: str
) -> None:
    item = one(attributions_of(text, model), key)
    assert item.statement is statement, item
