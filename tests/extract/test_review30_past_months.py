"""A bare month in a clause told in the past is the latest one up to the publication.

An article of late November that says "in February, a quake hit the town" means the
February just gone, never the one ahead; a clause looking forward keeps the next one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from corrobora.extract.dates import find_dates

from .conftest import ParseArticle

LATE_NOVEMBER = datetime(2025, 11, 28, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In February, a strong quake hit the town of Orvel, killing 60 people.", 2025),
        ("The last major quake in the region was in February, when Orvel was hit.", 2025),
        ("The ferry line will resume service in February.", 2026),
        ("The bridge reopened in November after repairs.", 2025),
    ],
)
def test_a_bare_month_follows_the_tense_of_its_clause(
    parse_article: ParseArticle, text: str, year: int
) -> None:
    doc, article = parse_article(text, LATE_NOVEMBER)
    (found,) = [d for d in find_dates(doc, article) if d.text in ("February", "November")]
    assert found.start is not None and found.start.year == year
    assert found.start <= date(2025, 11, 28) or year == 2026
