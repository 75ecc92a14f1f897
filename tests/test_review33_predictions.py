"""Two forecasts of two acts are two facts.

"it seems likely he will officially be signed on as director" and "a change in
director could be likely" share a role and a likelihood; what each foresees (a
signing, a change) is opposite, so neither supports the other.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def test_a_likely_signing_and_a_likely_change_stay_apart(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Screen Wire",
        "2026-04-04T10:00:00",
        "Mira Holt is in negotiations with Tallow Pictures to direct the Glass Harbor "
        "sequel.\nHolt has spoken warmly about the sequel, and it seems likely she will "
        "officially be signed on as director.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Film Desk",
        "2026-04-04T12:00:00",
        "Mira Holt is in negotiations with Tallow Pictures to direct the Glass Harbor "
        "sequel.\nTallow Pictures recently bought a rival studio and its executives, so a "
        "change in director could be likely.",
    )
    signed = fact_with(tmp_path, "signed on as director")
    assert not any("change in director" in s.text for s in signed.support)


def test_one_forecast_worded_twice_is_still_one_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Screen Wire",
        "2026-04-04T10:00:00",
        "Mira Holt is in negotiations with Tallow Pictures to direct the Glass Harbor "
        "sequel.\nIt seems likely Mira Holt will be signed on as director of the sequel.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Film Desk",
        "2026-04-04T12:00:00",
        "Mira Holt is in negotiations with Tallow Pictures to direct the Glass Harbor "
        "sequel.\nMira Holt will likely be signed on as director of the sequel.",
    )
    signed = fact_with(tmp_path, "will likely be signed")
    assert any("It seems likely" in s.text for s in signed.support)
