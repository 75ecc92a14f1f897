"""Names whose kind the words around them decide, and names a headline runs on.

"The city of Kamal Deran" names a place, whatever the recognizer's label, so the
unnamed "mayor" or "governor" of the next sentence is no such "person"; "Professor of
Marine Geology" names what a chair teaches, no organization; a title-case headline
line ("Kessler Overrules Dunmore on ...") makes no name that runs over its verb.
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.model import EntityKind, Mention, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, text_article


def _mentions(text: str) -> tuple[Mention, ...]:
    return find_mentions(parse(text, AnalyzeParams().model), text_article(text, "Coast Post"))


def test_a_name_after_the_city_of_is_a_place() -> None:
    text = (
        "Storm hits coast\n\nThe storm hit Varno island and the city of Bandar Kasim, "
        "state radio said. The governor of Varno island told reporters two villages had "
        "been flooded.\n"
    )
    kinds = {m.key: m.kind for m in _mentions(text)}
    assert kinds["bandar kasim"] is EntityKind.PLACE
    found = attributions(text, "Coast Post")
    assert "bandar kasim" not in {a.source_key for a in found}
    (governor,) = [a for a in found if a.cue == "tell"]
    assert governor.kind is not SourceKind.PERSON


def test_an_unnamed_mayor_is_not_the_town_named_before() -> None:
    text = (
        "Storm hits coast\n\nThe storm struck the town of Kamal Deran, officials said. "
        "The mayor of the region told reporters that roads were closed.\n"
    )
    assert {m.kind for m in _mentions(text) if m.key == "kamal deran"} == {EntityKind.PLACE}
    assert "kamal deran" not in {a.source_key for a in attributions(text, "Coast Post")}


def test_the_subject_a_professor_teaches_is_no_organization() -> None:
    text = (
        "Storm hits coast\n\n"
        '"Most coastal towns have no plan for a storm of this size," said Lena Marsh, '
        "Halvorsen Professor of Marine Geology at Caldera University, who studies floods.\n"
    )
    kinds = {m.key: m.kind for m in _mentions(text)}
    assert kinds["marine geology"] is not EntityKind.ORGANIZATION
    assert kinds["caldera university"] is EntityKind.ORGANIZATION
    assert {a.source_key for a in attributions(text, "Coast Post")} == {"lena marsh"}


HEADLINE = "Kessler Overrules Dunmore on Harbour Dredging Plan"


def test_a_headline_line_makes_no_name_over_its_verb() -> None:
    text = (
        f"{HEADLINE}\n\n{HEADLINE}\n\n"
        "Governor Ada Kessler on Tuesday reversed a plan approved by her predecessor "
        'Tom Dunmore.\n"The harbour belongs to the people who work in it," Kessler said.\n'
    )
    keys = {m.key for m in _mentions(text)}
    assert not any("overrules" in key for key in keys)
    people = {m.key for m in _mentions(text) if m.span.end <= len(HEADLINE)}
    assert {"ada kessler", "tom dunmore"} <= people


def test_a_headline_name_is_cut_to_the_name_the_prose_writes() -> None:
    headline = "Ada Kessler Named Harbour Chief"
    text = (
        f"{headline}\n\nAda Kessler was named head of the harbour board on Tuesday, "
        "the board said.\n"
    )
    on_headline = {m.key for m in _mentions(text) if m.span.end <= len(headline)}
    assert "ada kessler" in on_headline
