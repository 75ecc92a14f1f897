"""Who is credited: verbs that report nothing, unnamed speakers, titles before names.

"Police found two men dead" and "moved to continue her studies" report no words of
police or of the student; after "according to a neighbour", a "she said" is that
neighbour, not a woman named earlier; "Vantrel CTO Maren Oskarsen" is Maren Oskarsen
of Vantrel, not a person named with her title and her company.
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.model import EntityKind, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, text_article

# --- a verb with a plain object reports nothing ------------------------------------


def test_finding_people_dead_credits_no_one() -> None:
    text = (
        "Ivo Benn, 31, was detained on Sunday after police found two men dead in a barn. "
        "The farm lies outside Carrow."
    )
    found = attributions(text, "Carrow Courier")
    assert not [a for a in found if a.source_key == "police"]


def test_a_finding_stated_as_a_clause_is_still_credited() -> None:
    text = "The inquiry found that the operator had ignored three warnings."
    found = attributions(text, "Carrow Courier")
    assert [a.source_key for a in found if a.cue == "find"] == ["inquiry"]


def test_continuing_studies_credits_no_one() -> None:
    text = "Mira, who had a part-time job, moved to Leeds to continue her law studies course."
    found = attributions(text, "Carrow Courier")
    assert not [a for a in found if a.cue == "continue"]


# --- a pronoun after an unnamed source ------------------------------------------------


def test_she_after_according_to_a_neighbour_is_the_neighbour() -> None:
    text = (
        "Police found the body of Eva Lind, 44, at her flat in Dock Road on Friday.\n"
        "Her husband, Sam Lind, 47, was arrested nearby.\n"
        "According to a neighbour, the couple had argued for weeks.\n"
        "'Sam shouted at night, but nobody called anyone,' she said."
    )
    found = attributions(text, "Carrow Courier")
    (said,) = [a for a in found if a.cue == "say"]
    assert said.source_key != "eva lind"
    assert said.kind is SourceKind.ANONYMOUS
    assert "neighbour" in said.source_key


# --- a title between a body and a name ------------------------------------------------


def test_title_and_body_are_no_part_of_the_speakers_name() -> None:
    text = (
        "Dunmore has released an urgent fix for its browser.\n"
        '"The workarounds were very technical and hard to apply," '
        "Vantrel CTO Maren Oskarsen said in a statement."
    )
    found = attributions(text, "Carrow Courier")
    (said,) = [a for a in found if a.cue == "say"]
    assert said.source_key == "maren oskarsen"
    assert said.kind is SourceKind.PERSON


def test_the_body_before_the_title_is_an_organization() -> None:
    text = '"Patch now," Vantrel CTO Maren Oskarsen said on Tuesday.'
    doc = parse(text, AnalyzeParams().model)
    mentions = find_mentions(doc, text_article(text, "Carrow Courier"))
    kinds = {m.key: m.kind for m in mentions}
    assert kinds.get("maren oskarsen") is EntityKind.PERSON
    assert kinds.get("vantrel") is EntityKind.ORGANIZATION
    assert not [k for k in kinds if "cto" in k.split()]
