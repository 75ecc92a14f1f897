"""Names that are not what their words first suggest.

A film or book whose title ends in a person's name is not that person; "Us" in mixed
case is no country; a name runs on past the word the recognizer labelled into the
capitalized words it heads ("The Hollywood Reporter"), and its initials may keep the
"The" its key leaves out ("THR"); a capitalized adjective opening a sentence is no name.
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions, initialed_lead, strip_titles
from corrobora.model import Mention


def _mentions(parse_article, text: str) -> tuple[Mention, ...]:
    doc, article = parse_article(text)
    return find_mentions(doc, article)


def _keys(mentions: tuple[Mention, ...], surface: str) -> set[str]:
    return {m.key for m in mentions if m.text == surface}


def test_a_film_titled_after_a_person_does_not_take_her_key(parse_article) -> None:
    found = _mentions(
        parse_article,
        "Pin-up model Carla Vane has died at the age of 85 in a Los Angeles hospital.\n"
        "Her life inspired the 2005 film The Notorious Carla Vane.\n"
        '"God approves of nudity," Vane told Playboy in 1998.',
    )
    assert _keys(found, "Carla Vane") == {"carla vane"}
    assert _keys(found, "Vane") == {"carla vane"}


def test_a_title_set_beside_its_work_noun_is_a_work(parse_article) -> None:
    found = _mentions(
        parse_article,
        "Bettina Marlow, the 1950s pin-up model, has died.\n"
        "Her agent, Mark Roesler, said Marlow died yesterday at a hospital.\n"
        "Marlow inspired the 2005 film The Notorious Bettina Marlow.",
    )
    assert "notorious bettina marlow" not in _keys(found, "Marlow")
    assert "notorious bettina marlow" not in _keys(found, "Bettina Marlow")


def test_us_in_mixed_case_is_no_country() -> None:
    assert strip_titles("Us", person=False) == "us"
    assert strip_titles("US", person=False) == "united states"
    assert strip_titles("U.S.", person=False) == "united states"


def test_a_name_runs_on_into_the_capitalized_words_it_heads(parse_article) -> None:
    found = _mentions(
        parse_article,
        "The Hollywood Reporter says Dane Corbett is in talks to direct the sequel.",
    )
    assert "hollywood reporter" in {m.key for m in found}
    assert "hollywood" not in {m.key for m in found}


def test_initials_may_keep_a_leading_the() -> None:
    assert initialed_lead(["thr"], ["hollywood", "reporter"])
    assert not initialed_lead(["thr"], ["hollywood", "times"])
    assert not initialed_lead(["th"], ["hollywood"])


def test_a_capitalized_adjective_joined_to_another_is_no_name(parse_article) -> None:
    found = _mentions(
        parse_article,
        "Pin-up model Carla Vane has died at the age of 85 in a Los Angeles hospital.\n"
        "Smart and ambitious as a teenager, she was the salutatorian of her class.",
    )
    assert not _keys(found, "Smart")
