"""Two acts are not one fact for sharing words: a thing acted on, a refusal, a doer.

"investigators suspect arson", split from "The Orlen Street Mosque was badly damaged by
fire", tells of the mosque; "arson was suspected in the burning of the house of Petra
Quill" tells of a house. "The imam declined to say whether the mosque had received
threats" tells that nothing was said; "he did not know of any threats to the mosque"
tells what one knew.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import Claim
from corrobora.reconcile.acts import (
    acts_on_other_named_things,
    own_acts_of_two_people,
    refusal_and_other_act,
    things_acted_on,
)
from corrobora.settings import AnalyzeParams

from ..stories import story_facts, text_article, write_article

_FIRE = "A fire badly damaged the Orlen Street Mosque in Tessaly on Sunday night"


def _claims(text: str, outlet: str = "Tessaly Herald") -> tuple[Claim, ...]:
    """The claims of ``text`` as the analysis reads them."""
    return analyze_article(text_article(text, outlet), AnalyzeParams()).claims


def _with(claims: tuple[Claim, ...], words: str) -> Claim:
    """The one claim of ``claims`` whose text holds ``words``."""
    (claim,) = [c for c in claims if words in c.text]
    return claim


def _together(folder: Path, first: str, second: str) -> bool:
    """True when one fact of the story holds a wording with ``first`` and one with ``second``."""
    return any(
        any(first in s.text for s in f.support) and any(second in s.text for s in f.support)
        for f in story_facts(folder)
    )


def _two_reports(folder: Path, first: str, second: str) -> None:
    """Two outlets' reports of the mosque fire, each with sentences of its own."""
    opening = f"{_FIRE}, and investigators suspect arson."
    write_article(folder, "a.txt", "Tessaly Herald", "2025-05-04T10:00", f"{opening}\n\n{first}")
    write_article(folder, "b.txt", "Coast Wire", "2025-05-04T11:00", f"{opening}\n\n{second}")


def test_a_split_clause_acts_on_what_its_sibling_clause_names() -> None:
    claims = _claims(f"{_FIRE}, and investigators suspect arson.")
    things = things_acted_on(claims)
    assert "orlen street mosque" in things[_with(claims, "investigators suspect arson").id]


def test_acts_on_two_named_things_are_two_facts() -> None:
    mosque = _claims(f"{_FIRE}, and investigators suspect arson.")
    house = _claims(
        "When arson was suspected in the burning of the house of Petra Quill it was "
        "probably just coincidence.",
        "Coast Wire",
    )
    things = things_acted_on(mosque + house)
    suspect, burning = _with(mosque, "investigators suspect"), _with(house, "Petra Quill")
    assert acts_on_other_named_things(suspect, burning, things)
    other = _claims(f"{_FIRE}, and investigators suspect arson.", "Coast Wire")
    other_suspect = _with(other, "investigators suspect")
    assert not acts_on_other_named_things(suspect, other_suspect, things_acted_on(mosque + other))


def test_another_named_thing_burned_is_no_support_for_the_arson(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Tessaly Herald",
        "2025-05-04T10:00",
        "The Orlen Street Mosque was badly damaged by fire Sunday night, and investigators "
        "suspect arson.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coast Wire",
        "2025-05-04T11:00",
        "It was probably chance when the Orlen Street Mosque was burned, and arson was "
        "suspected.\nWhen arson was suspected in the burning of the house of Petra Quill it "
        "was probably just coincidence.",
    )
    assert _together(tmp_path, "investigators suspect arson", "arson was suspected")
    assert not _together(tmp_path, "investigators suspect arson", "Petra Quill")


def test_a_refusal_to_tell_is_no_knowledge_of_it(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Chief Rian Dole said the blaze was being investigated as an arson but that he did "
        "not know of any recent threats to the mosque.",
        "The mosque's imam, Yusuf Amari, declined to say whether the mosque had received "
        "any recent threats.",
    )
    assert not _together(tmp_path, "did not know", "declined to say")


def test_refusals_and_knowledge_of_two_people_are_two_acts() -> None:
    (imam,) = _claims("The imam, Yusuf Amari, declined to say whether threats were received.")
    (warden,) = _claims(
        "The warden, Hana Brisk, declined to say whether threats were received.", "Coast Wire"
    )
    (knew,) = _claims("Yusuf Amari did not know of any threats.", "Coast Wire")
    assert own_acts_of_two_people(imam, warden)
    assert refusal_and_other_act(imam, knew)
    (again,) = _claims(
        "The imam, Yusuf Amari, would not say whether threats were received.", "Coast Wire"
    )
    assert not own_acts_of_two_people(imam, again)
    assert not refusal_and_other_act(imam, again)
