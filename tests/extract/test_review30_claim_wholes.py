"""A claim is never cut inside a word, a quoted title or a list of names.

The parser may read "co-wrote" as two verbs, cut "'Tidewater: The Return'" at its
colon, or take the last name of "A, B, and C are signed" for the subject of a clause
of its own; each of these is one whole of the claim's words.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _claims(sentence: str) -> list[str]:
    found = analyze_article(
        text_article(f"Film news\n\n{sentence}\n", "Reel Ledger"), AnalyzeParams()
    )
    return [c.text for c in found.claims]


def _never_split(claims: list[str], *words: str) -> None:
    for word in words:
        assert any(word in claim for claim in claims), (word, claims)


def test_a_hyphenated_word_stays_whole() -> None:
    claims = _claims(
        "Talks with Orsen began only three weeks before the release, giving leverage to "
        "the director, who co-wrote the screenplay with Lena Holt."
    )
    _never_split(claims, "co-wrote the screenplay")
    assert not any(c.endswith(" co") or c.startswith("wrote") for c in claims), claims


def test_a_list_of_names_stays_in_one_claim() -> None:
    claims = _claims(
        "The three leads Mara Quist, Jon Fell, and Ivo Hale are already signed on to "
        "appear in the sequel."
    )
    _never_split(claims, "Mara Quist, Jon Fell, and Ivo Hale are already signed")


def test_a_quoted_title_stays_whole() -> None:
    claims = _claims(
        "Quist is set to star in the sequel to 'Tidewater: The Return', which opens in May."
    )
    _never_split(claims, "'Tidewater: The Return'")


def test_a_clause_after_one_name_is_still_split() -> None:
    claims = _claims(
        "Police arrested Tomas Vell on Monday, and Ines Varga was released without charge."
    )
    assert not any("Tomas Vell" in c and "Ines Varga" in c for c in claims), claims
