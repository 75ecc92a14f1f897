"""A source two claims share weighs as a name; the words of a split part stay its own.

"The dam was 15 percent drained, the Lisk Water Board said" and "was 40 percent
drained, the Lisk Water Board said" (split from a longer sentence) are one source's
running figure: the shared source counts as much as a shared name, while a source only
one of them is credited to hardly counts. A subject a split part takes from its
sentence ("The dam") is a word it states, even when the source's name also spells it.
"""

from __future__ import annotations

from corrobora.align import ClaimVectors
from corrobora.extract.analyze import analyze_article
from corrobora.model import Claim
from corrobora.settings import AnalyzeParams

from ..stories import text_article


def _claims(text: str, outlet: str) -> tuple[Claim, ...]:
    return analyze_article(text_article(text, outlet), AnalyzeParams()).claims


def _with(claims: tuple[Claim, ...], words: str) -> Claim:
    (claim,) = [c for c in claims if words in c.text]
    return claim


def test_a_shared_source_weighs_more_than_two_sources() -> None:
    first = _with(
        _claims("The reservoir was 15 percent drained on Monday, the Lisk Water Board said.", "A"),
        "15 percent",
    )
    same = _with(
        _claims("The reservoir was 40 percent drained on Tuesday, the Lisk Water Board said.", "B"),
        "40 percent",
    )
    other = _with(
        _claims(
            "The reservoir was 40 percent drained on Tuesday, the Orrel Farm Office said.", "C"
        ),
        "40 percent",
    )
    vectors = ClaimVectors.build([first, same, other])
    assert vectors.lexical(first.id, same.id) > vectors.lexical(first.id, other.id) + 0.05
    assert vectors.overlap(first.id, same.id) > vectors.overlap(first.id, other.id)


def test_a_split_part_states_the_subject_it_shares_with_its_sentence() -> None:
    claims = _claims(
        "The fire had burned 900 acres by Monday and was 30 percent contained, "
        "the Tarn County Fire Service said.",
        "Valley Wire",
    )
    part = _with(claims, "was 30 percent contained")
    assert "fire" in part.shared_terms
    vectors = ClaimVectors.build(list(claims))
    assert "blaze" in set(vectors.terms(part.id))  # "fire", as its synonym group's term


def test_a_participle_after_the_subject_is_no_verb_to_split_at() -> None:
    claims = _claims("Flour from lot OM-4471, packed in July, was recalled by Ostry Mills.", "A")
    assert len(claims) == 1
