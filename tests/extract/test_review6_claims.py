"""Claims: a headline that repeats the title is no claim of the body."""

from __future__ import annotations

from dataclasses import replace

from corrobora.extract.claims import find_claims
from corrobora.extract.dates import find_dates
from corrobora.extract.entities import find_mentions
from corrobora.extract.quantities import find_quantities

from .conftest import ParseArticle


def _claims_with_title(parse_article: ParseArticle, text: str, title: str) -> list[str]:
    doc, article = parse_article(text)
    article = replace(article, title=title)
    mentions = find_mentions(doc, article)
    dates = find_dates(doc, article)
    quantities = find_quantities(doc, article, dates)
    return [c.text for c in find_claims(doc, article, mentions, quantities, dates, (), ())]


def test_a_headline_line_is_no_claim(parse_article: ParseArticle) -> None:
    title = "Kestrowe flood: nine still missing as river recedes"
    text = f"{title}\n\nNine people were still missing in Kestrowe on Tuesday, the agency said."
    claims = _claims_with_title(parse_article, text, title)
    assert claims and not any("river recedes" in c for c in claims)


def test_a_first_sentence_that_is_the_title_stays_a_claim(parse_article: ParseArticle) -> None:
    title = "Nine people were still missing in Kestrowe on Tuesday."
    text = f"{title}\nThe river fell by 40 centimetres overnight."
    claims = _claims_with_title(parse_article, text, title)
    assert any("still missing" in c for c in claims)
