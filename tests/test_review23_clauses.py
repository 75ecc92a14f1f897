"""A second "that" clause of one cue is still the speaker's words.

"The authority said it had found 14 cracks, but that none had weakened the bridge":
the cue is left out before the second clause, which reports the authority as much as
the first; its own words are no statement of the outlet.
"""

from __future__ import annotations

from pathlib import Path

from .stories import attributions, credit_of, fact_with, write_article

_TITLE = "Cracks found in Varn bridge"
_TWO_CLAUSES = (
    "The Skarde Roads Authority closed the Varn bridge on Monday.\n\n"
    "The authority said it had found 14 cracks in the deck, but that none had weakened "
    "the bridge so far."
)


def test_the_second_that_clause_is_credited() -> None:
    said = credit_of(attributions(_TWO_CLAUSES, "Tollby Wire"), "said", _TWO_CLAUSES)
    content = _TWO_CLAUSES[said.content.start : said.content.end]
    assert content.endswith("none had weakened the bridge so far")


def test_the_second_clause_has_the_speaker_as_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Tollby Wire", "2027-04-12T09:00:00Z", _TWO_CLAUSES, title=_TITLE
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ostra Radio", "2027-04-12T15:00:00Z",
        "The Skarde Roads Authority said none of the cracks had so far weakened the "
        "bridge.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "weakened")
    assert fact.origins == ("skarde roads authority",)


def test_a_conjoined_clause_of_the_outlet_stays_its_own() -> None:
    text = (
        "The Skarde Roads Authority said it had found 14 cracks in the deck, and the "
        "bridge stayed closed on Tuesday."
    )
    said = credit_of(attributions(text, "Tollby Wire"), "said", text)
    assert "stayed closed" not in text[said.content.start : said.content.end]
