"""A body named with its owner's title: "the Bristol County District Attorney's Office".

The capitalized owner and its possessive are words of the body's name, so the whole
name is the source, never the bare "Office" nor the place that opens it.
"""

from __future__ import annotations

from corrobora.model import SourceKind
from tests.stories import attributions, credit_of

_CHARGE = "Dan Rook, 35, is expected to be arraigned today on two counts of murder"


def test_according_to_an_owned_office_credits_the_whole_name() -> None:
    text = f"{_CHARGE}, according to the Bristol County District Attorney's Office."
    credit = credit_of(attributions(text, "Lindqvist Wire"), "according", text)
    assert credit.source == "Bristol County District Attorney's Office"
    assert credit.kind is SourceKind.ORGANIZATION


def test_an_owned_office_as_subject_is_the_whole_name() -> None:
    text = "Rook was charged on Monday, the Bristol County District Attorney's Office said."
    credit = credit_of(attributions(text, "Lindqvist Wire"), "said", text)
    assert credit.source_key == "bristol county district attorney s office"
    assert credit.kind is SourceKind.ORGANIZATION


def test_a_lower_case_office_keeps_its_words() -> None:
    for owner in ("the district attorney's office", "the Bristol district attorney's office"):
        text = f"{_CHARGE}, according to {owner}."
        credit = credit_of(attributions(text, "Lindqvist Wire"), "according", text)
        assert credit.source == owner.removeprefix("the ")
        assert credit.kind is SourceKind.ORGANIZATION
