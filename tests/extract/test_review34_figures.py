"""What is a figure: ratios with "every", codes, version lists, game clocks, held counts.

"one in every 200 riders" is a share, not a count of 200 riders; the digits of a
code ("KB07-112", "CVE-2021-4410") and the versions listed after a product name
("Navigator 4.5, 5, and 6") count nothing; "with 3:12 left" reads the time left on a
game clock; a bare figure that someone "has" after a counted noun counts that noun.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.model import ConflictKind, Quantity
from corrobora.settings import AnalyzeParams
from tests.stories import fact_with, story_facts, text_article, write_article


def _figures(text: str) -> list[tuple[str, float, str]]:
    """The quantities of ``text`` read with its parse, as (text, value, unit)."""
    found: tuple[Quantity, ...] = find_quantities(
        parse(text, AnalyzeParams().model), text_article(text, "Orlen Wire")
    )
    return [(q.text, q.value, q.unit) for q in found]


def _two_reports(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Orlen Wire",
        "2026-02-11T10:00:00",
        "Veltrix released an emergency update for its Navigator browser on Tuesday. " + first,
    )
    write_article(
        tmp_path,
        "b.txt",
        "Kessby Daily",
        "2026-02-11T12:00:00",
        "Veltrix on Tuesday released an emergency update for its Navigator browser. " + second,
    )


# --- "one in every N" is a share ------------------------------------------------------


def test_one_in_every_n_is_a_share() -> None:
    text = "The firm said one in every 200 riders had been exposed to the fault."
    assert _figures(text) == [("one in every 200", 0.5, "%")]


def test_a_share_in_every_n_is_no_count_against_millions(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Veltrix estimated that one in every 500 Navigator users had been exposed to "
        "sites that try to exploit the flaw.",
        "Veltrix estimated that roughly 0.2 percent of Navigator users may have been "
        "exposed to sites that exploit the flaw, which means millions of users are at risk.",
    )
    fact = fact_with(tmp_path, "one in every 500")
    assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}


# --- the digits of a code ---------------------------------------------------------------


def test_the_digits_of_a_code_are_no_figures() -> None:
    assert _figures("The update, described in security bulletin KB07-112, fixes a flaw.") == []
    assert _figures("The flaw, CVE-2021-4410, was fixed.") == []


def test_a_range_of_bare_figures_is_still_read() -> None:
    values = [v for _, v, _ in _figures("Between 10-15 people were hurt.")]
    assert values == [10.0, 15.0]


def test_two_bulletin_codes_are_no_number_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "The update, described in security bulletin KB07-112, fixes a flaw in the browser.",
        "The last such emergency update, security bulletin KB07-098, came out in March.",
    )
    for fact in story_facts(tmp_path):
        assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}


# --- versions listed after a product's name -----------------------------------------


def test_versions_listed_after_a_name_are_no_counts() -> None:
    text = "Veltrix lists Navigator 4.5, 5, and 6 as affected software in its notice."
    assert _figures(text) == []
    assert _figures("Veltrix said Navigator 5 and 7 are also affected.") == []


def test_a_count_after_a_named_figure_is_still_a_count() -> None:
    found = _figures("Flight 93, 40 passengers and 7 crew were on board.")
    assert found and all(value != 93.0 for _, value, _ in found)
    assert sum(value for _, value, _ in found) == 47.0


def test_two_version_lists_are_no_number_conflict(tmp_path: Path) -> None:
    _two_reports(
        tmp_path,
        "Veltrix lists Internet Navigator 4.5, 5, and 6 as affected software in its notice.",
        "Veltrix said attacks have only been directed at Internet Navigator 6, although "
        "Internet Navigator 5 and 7 are also affected.",
    )
    for fact in story_facts(tmp_path):
        assert ConflictKind.NUMBER not in {c.kind for c in fact.conflicts}


# --- the time left on a game clock --------------------------------------------------


def test_time_left_on_a_game_clock_is_a_duration() -> None:
    assert ("3:12", 192.0, "second") in _figures("She scored with 3:12 left in the game.")
    assert ("0:35", 35.0, "second") in _figures("He hit the winner with 0:35 to play.")
    assert _figures("The bus left at 7:41 on Monday.") == []


def test_two_game_clock_readings_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Orlen Wire",
        "2026-02-11T23:00:00",
        "Mara Lind scored 31 points on Tuesday night to break Kessby's career scoring "
        "record in an 88-70 win over Orlen.\n"
        "She set the record with a jump shot over two defenders with 3:12 left in the "
        "first half.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Kessby Daily",
        "2026-02-11T23:30:00",
        "Mara Lind scored 31 points in Kessby's 88-70 win over Orlen on Tuesday night and "
        "broke the school's career scoring record.\n"
        "She set the record with a jump shot over two defenders with 3:13 left in the "
        "first half.",
    )
    fact = fact_with(tmp_path, "with 3:12 left")
    assert any("with 3:13 left" in s.text for s in fact.support)
    assert ConflictKind.NUMBER in {c.kind for c in fact.conflicts}


# --- a bare figure that someone has -------------------------------------------------


def test_a_held_figure_takes_the_noun_of_the_sentence_before() -> None:
    text = "She passed Ada Ring, who ended her career with 2,290 points. Lind now has 2,301."
    assert ("2,301", 2301.0, "point") in _figures(text)


def test_a_held_figure_takes_the_noun_of_its_own_sentence() -> None:
    text = "Lind finished with 31 points and now has 2,302 for her career."
    assert ("2,302", 2302.0, "point") in _figures(text)


def test_a_held_figure_with_a_noun_of_its_own_keeps_it() -> None:
    text = "The storm killed 12 people. The town has 40,000 homes."
    assert ("40,000", 40000.0, "home") in _figures(text)


def test_a_held_figure_after_money_takes_no_unit() -> None:
    assert ("3", 3.0, "") in _figures("He earned $20 million. She has 3.")
