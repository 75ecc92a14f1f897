"""British and American spellings of one word are one wording of a quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from corrobora.model import ConflictKind
from corrobora.reconcile.wording import reworded, spelling_key

from .stories import story_facts, write_article


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("fibre", "fiber"),
        ("centres", "centers"),
        ("organised", "organized"),
        ("labour", "labor"),
        ("defence", "defense"),
        ("programme", "program"),
        ("travelled", "traveled"),
        ("analyse", "analyze"),
        ("catalogue", "catalog"),
        ("paediatric", "pediatric"),
    ],
)
def test_a_british_spelling_has_the_american_key(british: str, american: str) -> None:
    assert spelling_key(british) == spelling_key(american)


@pytest.mark.parametrize(
    ("first", "second"), [("four", "for"), ("acre", "acer"), ("poets", "pets")]
)
def test_short_words_are_not_taken_for_others(first: str, second: str) -> None:
    assert spelling_key(first) != spelling_key(second)


def test_a_quote_spelt_two_ways_is_not_reworded() -> None:
    assert not reworded(
        "Our crews will organise the repair of the fibre link by the weekend",
        "Our crews will organize the repair of the fiber link by the weekend",
    )
    assert reworded(
        "Our crews will organise the repair of the fibre link by the weekend",
        "Our crews will organize the repair of the copper link by the weekend",
    )


def _wording(folder: Path, second: str) -> list[str]:
    write_article(
        folder, "a.txt", "Harbour Gazette", "2027-03-02T08:00:00Z",
        "The Dunmore data link went down on Monday, leaving banks and shops offline for hours. "
        '"Our partner network suffered a terrestrial fibre cut near the harbour centre this '
        'morning," Norlink said in a statement. Engineers restored the link by the evening.',
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Valley Ledger", "2027-03-02T12:00:00Z",
        "Internet users across the port city of Dunmore lost service on Monday afternoon. "
        f'"{second}," Norlink said in a statement. Engineers restored the link by the evening.',
    )  # fmt: skip
    facts = story_facts(folder)
    return [c.detail for f in facts for c in f.conflicts if c.kind is ConflictKind.WORDING]


def test_fibre_and_fiber_in_one_quote_are_no_wording_conflict(tmp_path: Path) -> None:
    second = (
        "Our partner network suffered a terrestrial fiber cut near the harbor center this morning"
    )
    assert _wording(tmp_path, second) == []


def test_another_word_in_one_quote_is_still_a_wording_conflict(tmp_path: Path) -> None:
    second = (
        "Our partner network suffered a terrestrial cable cut near the harbor center this morning"
    )
    assert _wording(tmp_path, second) == ["“fibre” → “cable”"]
