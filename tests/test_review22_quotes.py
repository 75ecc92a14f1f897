"""A quote cut short is no rewording of another part of the longer quote (review 22)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article


def test_the_start_of_a_longer_quote_is_no_wording_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Tarn Evening Post", "2027-04-12T08:00:00Z",
        "Mayor Lena Voss refused to concede the Tarnby election. "
        '"Every ballot must be checked," Voss told supporters.',
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Orlen Courier", "2027-04-12T15:00:00Z",
        "Mayor Lena Voss has refused to concede the Tarnby election. "
        '"I will not concede tonight. Every ballot must be checked and every ballot will be '
        'checked," she told supporters.',
    )  # fmt: skip
    found = [c for f in story_facts(tmp_path) for c in f.conflicts]
    assert not [c for c in found if c.kind is ConflictKind.WORDING]


def test_a_word_replaced_inside_the_shorter_quote_is_still_a_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Tarn Evening Post", "2027-04-12T08:00:00Z",
        "Mayor Lena Voss refused to concede the Tarnby election. "
        '"Every ballot should be checked," Voss told supporters.',
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Orlen Courier", "2027-04-12T15:00:00Z",
        "Mayor Lena Voss has refused to concede the Tarnby election. "
        '"I will not concede tonight. Every ballot must be checked and every ballot will be '
        'checked," she told supporters.',
    )  # fmt: skip
    found = [c for f in story_facts(tmp_path) for c in f.conflicts]
    assert [c for c in found if c.kind is ConflictKind.WORDING]
