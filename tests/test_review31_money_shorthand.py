"""Money written with the shorthand "MM" for millions."""

from __future__ import annotations

from .stories import figured_claim


def test_mm_after_a_currency_sign_is_millions() -> None:
    claim = figured_claim("a", "The Red Harbor club offered Dane Ulric $200MM over eight years.")
    assert (200_000_000.0, "USD") in [(q.value, q.unit) for q in claim.quantities]


def test_mm_without_money_stays_millimetres() -> None:
    claim = figured_claim("a", "The storm left 40mm of rain on the town overnight.")
    assert [(q.value, q.unit) for q in claim.quantities] == [(40.0, "mm")]
