"""A verb written with a hyphenated prefix ("re-signed") is the claim's act whole."""

from __future__ import annotations

from .conftest import ParseArticle
from .test_claims import claims_of


def test_a_prefix_split_at_its_hyphen_joins_its_verb(parse_article: ParseArticle) -> None:
    text = "On Tuesday, the Hawks re-signed Dale Orrin after putting Lev Sarno on injured reserve."
    (claim,) = claims_of(parse_article, text)
    assert claim.predicate == "re-sign"


def test_a_reopening_is_no_act_of_its_prefix(parse_article: ParseArticle) -> None:
    (claim,) = claims_of(parse_article, "The club re-opened the stadium on Friday.")
    assert claim.predicate == "re-open"
