"""Names as the text writes them: a describing word before a name, a body named with
"and", a person a clause or an age tells of, and a common word in capitals."""

from __future__ import annotations

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.model import EntityKind, Mention
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, text_article


def _mentions(text: str) -> tuple[Mention, ...]:
    return find_mentions(parse(text, AnalyzeParams().model), text_article(text, "Norvik Wire"))


def _kinds(text: str) -> dict[str, EntityKind]:
    return {m.key: m.kind for m in _mentions(text)}


def test_describing_adjective_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Police were questioning a suspect last night.\n"
        "Unemployed Peter Harrow, 31, was arrested yesterday after a call."
    )
    assert "peter harrow" in _kinds(text)
    assert not any("unemployed" in key for key in _kinds(text))


def test_role_noun_opening_the_sentence_leaves_a_person() -> None:
    text = "Voters queued in Ostrel. Pensioner Kerem-aga, a voter in Ostrel, said it was calm."
    kinds = _kinds(text)
    assert kinds.get("kerem-aga") is EntityKind.PERSON
    assert not any("pensioner" in key for key in kinds)


def test_a_given_name_opening_the_sentence_is_kept() -> None:
    kinds = _kinds("Hunter Valdane said the plan was sound.")
    assert "hunter valdane" in kinds


def test_a_common_word_in_capitals_after_an_article_is_no_name() -> None:
    text = "A MAN was last night being questioned by officers over the fire."
    assert "man" not in _kinds(text)


def test_a_body_named_with_and_is_one_source() -> None:
    text = (
        "The vote will be held in May, a message from the Central Commission for "
        "Elections and Referenda of Ostrelia said."
    )
    (credit,) = attributions(text, "Norvik Wire")
    assert credit.source_key == "central commission for elections and referenda"


def test_a_body_named_with_and_after_according_to_is_one_source() -> None:
    text = (
        "The vote will be held in May, according to the Central Commission for "
        "Elections and Referenda of Ostrelia."
    )
    keys = {a.source_key for a in attributions(text, "Norvik Wire")}
    assert keys == {"central commission for elections and referenda"}


def test_another_body_after_and_stays_apart() -> None:
    kinds = _kinds("The firm was sued by the Department of Justice and Google on Monday.")
    assert "google" in kinds


def test_a_name_a_who_clause_tells_of_is_a_person() -> None:
    text = (
        '"Nothing will change," Osman-aga, who herds camels in a remote desert area, '
        "told the Reuters news agency."
    )
    assert _kinds(text).get("osman-aga") is EntityKind.PERSON


def test_a_name_after_an_age_is_a_person() -> None:
    text = "In Gyami, 25-year-old Guzel said she had come to vote with her daughter."
    assert _kinds(text).get("guzel") is EntityKind.PERSON
