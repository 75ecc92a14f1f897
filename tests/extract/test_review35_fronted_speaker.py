"""A speaking "she" after an opening clause about another person is that person.

"After Lina Menden was hit, she cried, '...'": the one the opening clause is about
speaks, not the speaker of the sentence before, who told of her.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def test_she_after_an_opening_clause_is_its_subject() -> None:
    text = (
        "Witness testifies\n\n"
        "Carla Menden told the jury she heard shots around midnight.\n"
        "She recalled that her daughter, Lina Menden, sat on the porch with a baby.\n"
        'After Lina Menden was hit, she cried, "Mommy, it hurts."\n'
    )
    found = analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())
    (quote,) = [q for q in found.quotes if "it hurts" in q.text]
    assert quote.speaker_key == "lina menden"
