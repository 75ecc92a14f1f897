"""A whole number with a fraction is one figure; a negation quoted inside a narration is no denial.

"2 1/2 years" and "a 2-1/2 year sentence" are two and a half years: read as 2, the
fraction dropped, they agree with "2 years". And when the parser takes a verb of
quoted words inside a sentence for the sentence's own ("convicted of ... telling her,
\"you will never see your kids again\""), the quoted "never" is what was said, not a
denial of the conviction.
"""

from __future__ import annotations

import pytest

from corrobora.extract.claims import find_claims
from corrobora.extract.dates import find_dates
from corrobora.extract.entities import find_mentions
from corrobora.extract.quantities import find_quantities
from corrobora.model import Claim, Modality

from .conftest import ParseArticle, build_article


def figures(text: str) -> dict[str, tuple[float, str]]:
    """The quantities of ``text``, read from its words alone."""
    found = find_quantities(text, build_article(text))
    return {q.text: (q.value, q.unit) for q in found}


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("Orrin Vale was sentenced to 2 1/2 years in 2019.", "2 1/2", 2.5, "year"),
        ("Vale served 9 months of a 2-1/2 year sentence.", "2-1/2", 2.5, "year"),
        ("The pike measured 5 3/4 inches.", "5 3/4", 5.75, "inch"),
        ("The track is 1 1/4 miles long.", "1 1/4", 1.25, "mile"),
        ("The crew walked 3 ¾ miles.", "3 ¾", 3.75, "mile"),
    ],
)
def test_a_fraction_after_a_whole_number_is_added(
    text: str, written: str, value: float, unit: str
) -> None:
    found = figures(text)
    assert found[written] == pytest.approx((value, unit))


@pytest.mark.parametrize(
    "text",
    [
        "The vote on 12 1/2/2024 was close.",  # a date after the number, not a fraction
        "The ratio was 3 5/3 at the close.",  # no proper fraction
        "The dose was 2 1/20 of the usual one.",  # no fraction written so
    ],
)
def test_no_fraction_is_added_where_none_is_written(text: str) -> None:
    values = [value for value, _ in figures(text).values()]
    assert all(value == int(value) for value in values), values


def claims_of(parse_article: ParseArticle, text: str) -> tuple[Claim, ...]:
    doc, article = parse_article(text)
    mentions = find_mentions(doc, article)
    dates = find_dates(doc, article)
    quantities = find_quantities(doc, article, dates)
    return find_claims(doc, article, mentions, quantities, dates, (), ())


NARRATED = (
    "In 2011, Hurst was convicted of striking Lena, holding a gun to her head, and "
    'telling her, "you will never see your kids again," according to court records.'
)


REPORTED_NARRATION = (
    "In 2011, Hurst was convicted of striking Lena Marr and holding a gun to her head, "
    'according to court records, which show he told her, "You will never see your kids '
    'again," the newspaper reported.'
)


@pytest.mark.parametrize("text", [NARRATED, REPORTED_NARRATION])
def test_a_negation_in_words_quoted_inside_a_narration_is_not_the_claims(
    parse_article: ParseArticle, text: str
) -> None:
    (claim,) = [c for c in claims_of(parse_article, text) if "convicted" in c.text]
    assert not claim.negated
    assert claim.modality is Modality.ASSERTED
    assert claim.predicate == "convict"


@pytest.mark.parametrize(
    "text",
    [
        '"We will never leave the valley," the chief said.',
        'The chief told reporters: "We will never leave the valley."',
    ],
)
def test_quoted_words_a_claim_reports_keep_their_negation(
    parse_article: ParseArticle, text: str
) -> None:
    (claim,) = claims_of(parse_article, text)
    assert claim.negated
