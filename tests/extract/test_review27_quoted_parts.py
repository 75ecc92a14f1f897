"""A sentence inside a quotation of several sentences is one speaker's words, unsplit.

'"Shops must stay shut. We will find out how this happened and who allowed it, and
why," the mayor told reporters.' The second sentence opens inside the quotation, so it
shows no opening mark of its own, yet its clauses are the mayor's words: they stay one
claim, as a one-sentence quotation does.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.settings import AnalyzeParams
from tests.stories import text_article

_TEXT = (
    "The council met on Monday. "
    '"Shops on the quay must stay shut for now. We will find out how the wall collapsed '
    'and who signed off the repairs, and when," the mayor told reporters in Velm.'
)


def _claim_texts(text: str) -> list[str]:
    found = analyze_article(text_article(text, "Harbour Post"), AnalyzeParams())
    return [c.text for c in found.claims]


def test_clauses_of_a_sentence_inside_a_quotation_stay_one_claim() -> None:
    texts = _claim_texts(_TEXT)
    (claim,) = [t for t in texts if "wall collapsed" in t]
    assert "who signed off the repairs" in claim
    assert not any(t.startswith("who signed") for t in texts)
    assert not any(t.startswith("when") for t in texts)


def test_clauses_after_a_closed_quotation_still_split() -> None:
    text = (
        'The mayor said the wall "had been neglected for years", and the council '
        "closed the quay on Monday."
    )
    texts = _claim_texts(text)
    assert any(t.startswith("the council closed the quay") for t in texts)
