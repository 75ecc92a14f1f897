"""A telephone number two reports print is evidence of one story, though no quantity."""

from __future__ import annotations

from corrobora.cluster.features import StoryFeatures, story_features
from corrobora.cluster.linkage import pair_inputs
from corrobora.extract.analyze import analyze_article
from corrobora.model import Article
from corrobora.settings import AnalyzeParams

_FIRST = (
    "Fire crews fought a blaze at a paint store in Kelborough overnight.\n"
    "Anyone with information is asked to call Crimestoppers on 0800 555 111."
)
_SECOND = (
    "Police are treating the overnight fire at a Kelborough paint shop as arson.\n"
    "Witnesses should contact Crimestoppers anonymously on 0800 555111."
)


def _features(text: str, outlet: str) -> StoryFeatures:
    article = Article(id=outlet, text=text, title=text.split("\n")[0], outlet=outlet)
    analyzed = analyze_article(article, AnalyzeParams())
    assert not [q for q in analyzed.quantities if q.value >= 100]  # no quantity
    return story_features(analyzed)


def test_one_number_spaced_two_ways_meets_in_the_number_channel() -> None:
    first, second = _features(_FIRST, "a"), _features(_SECOND, "b")
    assert first.channels["n"].keys() & second.channels["n"].keys()
    cosines, _ = pair_inputs(first, second)
    assert cosines["n"] > 0.5
