"""A clock time's "p.m." may end its sentence (review 11).

"Police lifted the order at 6 p.m. Dunmere Oil said ..." is two sentences, so the
police's act is not credited to the company; "at 6 p.m. Tuesday" and "at 10 a.m.
Eastern time" stay one.
"""

from __future__ import annotations

import pytest

from corrobora.extract.nlp import parse
from corrobora.settings import DEFAULT_MODEL


def _sentences(text: str) -> list[str]:
    return [s.text for s in parse(text, DEFAULT_MODEL).sents]


def test_a_capitalized_word_after_pm_starts_a_sentence() -> None:
    assert _sentences(
        "Police lifted the order at 6 p.m. Dunmere Oil said the blast was caused by a valve."
    ) == [
        "Police lifted the order at 6 p.m.",
        "Dunmere Oil said the blast was caused by a valve.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He arrived at 6 p.m. Tuesday and left.",
        "The meeting starts at 10 a.m. Eastern time on Monday.",
        "The polls close at 8 p.m. EDT in most states.",
        "The vote is due at 4 p.m. on Friday.",
    ],
)
def test_a_day_a_zone_or_a_lower_case_word_continues_it(text: str) -> None:
    assert _sentences(text) == [text]
