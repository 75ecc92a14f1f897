from __future__ import annotations

import pytest

from corrobora.extract.entities import find_mentions, resolve_key, strip_titles
from corrobora.model import EntityKind, Mention, Span

from .conftest import needs_seeds, seed_articles


def mentions_of(parse_article, text: str) -> tuple[Mention, ...]:
    doc, article = parse_article(text)
    found = find_mentions(doc, article)
    for mention in found:
        assert mention.span.slice(text) == mention.text
    return found


def keys_by_text(mentions) -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for mention in mentions:
        table.setdefault(mention.text, set()).add(mention.key)
    return table


TEXT = (
    "President José Álvarez met Governor Amara Okafor in Lagos on Monday. "
    "Álvarez later praised the Lagos Courier. Okafor's aides declined to comment, "
    "and the Courier said Mr. Okafor would travel to Abuja."
)


def test_short_forms_take_the_full_name_key(parse_article):
    table = keys_by_text(mentions_of(parse_article, TEXT))
    assert table["José Álvarez"] == {"jose alvarez"}
    assert table["Álvarez"] == {"jose alvarez"}
    assert table["Amara Okafor"] == {"amara okafor"}
    assert table["Okafor"] == {"amara okafor"}
    assert table["the Lagos Courier"] == {"lagos courier"}
    assert table["Courier"] == {"lagos courier"}


def test_kinds_are_voted_per_key(parse_article):
    kinds = {m.key: m.kind for m in mentions_of(parse_article, TEXT)}
    assert kinds["jose alvarez"] is EntityKind.PERSON
    assert kinds["amara okafor"] is EntityKind.PERSON
    assert kinds["lagos courier"] is EntityKind.ORGANIZATION
    assert kinds["lagos"] is EntityKind.PLACE
    # one key, one kind, across all of its mentions
    assert len({(m.key, m.kind) for m in mentions_of(parse_article, TEXT)}) == len(kinds)


def test_nationalities_and_numbers_are_not_mentions(parse_article):
    found = mentions_of(parse_article, "Venezuelan officials said 83 people died on Sunday.")
    assert found == ()


def test_mention_spans_stop_at_line_breaks(parse_article):
    text = "Amara Okafor\nGovernor Okafor visited Abuja."
    for mention in mentions_of(parse_article, text):
        assert "\n" not in mention.text


def test_a_title_mislabelled_with_the_name_is_folded(parse_article):
    text = (
        '"The harbour must stay open for the winter," Mayor Edda Brunvik said. '
        "Major League Baseball fined the club. The Justice Department said nothing."
    )
    found = mentions_of(parse_article, text)
    (mayor,) = [m for m in found if "Brunvik" in m.text]
    assert mayor.text == "Mayor Edda Brunvik"  # the recognizer took the title in
    assert (mayor.key, mayor.kind) == ("edda brunvik", EntityKind.PERSON)
    # a name that opens with a word of rank keeps it
    assert {"major league baseball", "justice department"} <= {m.key for m in found}


def test_parse_must_match_the_article(parse_article, make_article):
    doc, _ = parse_article("Amara Okafor visited Abuja.")
    with pytest.raises(ValueError, match="does not match"):
        find_mentions(doc, make_article("Something else entirely, and longer."))


def test_strip_titles():
    assert strip_titles("President Donald J. Trump") == "donald trump"
    assert strip_titles("Dr. Amara Okafor's") == "amara okafor"
    assert strip_titles("General Motors", person=False) == "general motors"
    assert strip_titles("Mr. Okafor", person=False) == "okafor"
    assert strip_titles("the U.S.") == "united states"


def _mention(text: str, key: str, kind: EntityKind, start: int) -> Mention:
    return Mention(Span(start, start + len(text)), text, key, kind)


MENTIONS = (
    _mention("Amara Okafor", "amara okafor", EntityKind.PERSON, 0),
    _mention("Lagos Courier", "lagos courier", EntityKind.ORGANIZATION, 20),
    _mention("Okafor", "amara okafor", EntityKind.PERSON, 40),
    _mention("National Weather Bureau", "national weather bureau", EntityKind.ORGANIZATION, 60),
    _mention("Uche Okafor", "uche okafor", EntityKind.PERSON, 90),
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("the Lagos Courier", "lagos courier"),
        ("the Courier", "lagos courier"),
        ("Governor Okafor", "amara okafor"),
        ("Amara Ngozi Okafor", "amara okafor"),
        ("NWB", "national weather bureau"),
        ("a senior official", "senior official"),
        ("The Daily Planet's", "daily planet"),
    ],
)
def test_resolve_key(name, key):
    assert resolve_key(name, MENTIONS) == key


@needs_seeds
def test_seed_names_share_keys(parse_article):
    for article in seed_articles():
        doc, _ = parse_article(article.text)
        table = keys_by_text(find_mentions(doc, article))
        assert table["Maduro"] == {"nicolas maduro"}
        assert table["Trump"] == {"donald trump"}
        assert table.get("Nicolás Maduro", {"nicolas maduro"}) == {"nicolas maduro"}
        herald = {k for text, keys in table.items() if "Herald" in text for k in keys}
        assert herald == {"miami herald"}
        kinds = {m.key: m.kind for m in find_mentions(doc, article)}
        assert kinds["miami herald"] is EntityKind.ORGANIZATION
        assert kinds["donald trump"] is EntityKind.PERSON


def test_a_place_a_name_is_named_after_keeps_its_own_key(parse_article):
    """ "Dravik" is the town, not Radio Dravik; "Harrow" is not the Bank of Harrow."""
    text = (
        "A chlorine leak in Dravik killed three people on Monday, Radio Dravik reported. "
        "The Bank of Harrow said on Tuesday that Harrow would not raise rates. "
        "The Dravik Herald said the Herald had warned of the risk."
    )
    table = keys_by_text(mentions_of(parse_article, text))
    assert table["Radio Dravik"] == {"radio dravik"}
    assert "radio dravik" not in table.get("Dravik", set())
    assert "bank of harrow" not in table.get("Harrow", set())
    assert table.get("Herald", {"dravik herald"}) == {"dravik herald"}
