"""Text helpers: accent stripping keeps compatibility folding and ASCII untouched."""

import pytest

from corrobora.text import canonical_key, strip_accents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nicolás Núñez", "Nicolas Nunez"),
        ("plain ASCII, kept as is.", "plain ASCII, kept as is."),
        ("ﬁnal ２ votes", "final 2 votes"),  # compatibility forms fold (NFKD)
        ("“Crème brûlée”—Zürich", "“Creme brulee”—Zurich"),  # marks go, punctuation stays
        ("e\u0301 a\u0308", "e a"),  # combining marks given apart
        ("Ωμέγα 漢字", "Ωμεγα 漢字"),
        ("", ""),
    ],
)
def test_strip_accents(text: str, expected: str) -> None:
    assert strip_accents(text) == expected


def test_canonical_key_folds_accents_case_and_articles() -> None:
    assert canonical_key("The Café Núñez’s") == "cafe nunez"
