"""A name that opens a line after a label line is not cut in two (review 12).

"Club statement: Tomas Vireo" on its own line, then "Castlebrook Athletic can confirm
...": the second line is one sentence, so its subject is "Castlebrook Athletic".
"""

from __future__ import annotations

from corrobora.extract.nlp import parse
from corrobora.settings import DEFAULT_MODEL


def test_a_name_opening_a_line_stays_whole() -> None:
    text = (
        "Club statement: Tomas Vireo\nCastlebrook Athletic can confirm that Tomas Vireo "
        "has completed his transfer to Redmarsh United."
    )
    sentences = [s.text.strip() for s in parse(text, DEFAULT_MODEL).sents]
    assert sentences == [
        "Club statement: Tomas Vireo",
        "Castlebrook Athletic can confirm that Tomas Vireo has completed his transfer to "
        "Redmarsh United.",
    ]


def test_a_line_still_starts_a_sentence() -> None:
    text = "Storm warning\nResidents were told to stay indoors."
    assert [s.text.strip() for s in parse(text, DEFAULT_MODEL).sents] == [
        "Storm warning",
        "Residents were told to stay indoors.",
    ]
