"""Origin keys of short outlet names, an outlet's documents, titled spokesmen and ships (review 19).

"the Courier" credited where "The Dunmere Courier" is an outlet of the story is that
newspaper, and the leaked memo it cites in its own article is its own reporting. A
spokeswoman introduced by her body's shorter name, with a rank before her name, speaks
for the story's one body of that name. "the company's spokesman" speaks for a company
the text shows to be one, never for a ship the recognizer took for an organization.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article

_SCOOP = (
    "Aides to Harbour Commissioner Oskar Lindqvist steered a dredging contract to Pellan "
    "Marine, according to internal papers seen by the Dunmere Courier.\n\n"
)


def _credits(folder: Path, scoop: str, *, short: bool = True) -> None:
    """The Courier's scoop, and outlets crediting it by its full and (``short``) its short name."""
    write_article(folder, "courier.txt", "The Dunmere Courier", "2027-02-02T06:00:00Z", scoop)
    write_article(
        folder, "gazette.txt", "Riverside Gazette", "2027-02-02T12:00:00Z",
        "Harbour Commissioner Oskar Lindqvist has stepped down over a dredging contract.\n\n"
        "According to the Dunmere Courier, Mr Lindqvist approved the contract on May 3.",
    )  # fmt: skip
    if not short:
        return
    write_article(
        folder, "sentinel.txt", "Fenwick Sentinel", "2027-02-02T15:00:00Z",
        "Harbour Commissioner Oskar Lindqvist resigned on Tuesday.\n\n"
        "According to the Courier, Mr Lindqvist approved the contract on May 3.",
    )  # fmt: skip


def test_a_short_name_of_an_outlet_of_the_story_is_that_outlet(tmp_path: Path) -> None:
    _credits(tmp_path, _SCOOP + "Mr Lindqvist approved the contract on May 3, a week early.")
    fact = fact_with(tmp_path, "approved the contract")
    assert fact.origins == ("dunmere courier",)


def test_a_short_name_two_outlets_end_with_names_neither(tmp_path: Path) -> None:
    _credits(tmp_path, _SCOOP + "Mr Lindqvist approved the contract on May 3, a week early.")
    write_article(
        tmp_path, "other.txt", "Ashby Courier", "2027-02-02T16:00:00Z",
        "Harbour Commissioner Oskar Lindqvist resigned on Tuesday after a row over dredging.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "approved the contract")
    assert "courier" in fact.origins


def test_an_unowned_document_an_outlet_cites_is_its_own_reporting(tmp_path: Path) -> None:
    memos = "The leaked memos show that Mr Lindqvist approved the contract on May 3."
    _credits(tmp_path, _SCOOP + memos, short=False)
    fact = fact_with(tmp_path, "approved the contract")
    assert fact.origins == ("dunmere courier",)


def test_a_document_with_a_named_author_keeps_its_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "courier.txt", "The Dunmere Courier", "2027-02-02T06:00:00Z",
        "A police report shows that the harbour crane collapsed at 4 a.m. on Sunday.",
    )  # fmt: skip
    write_article(
        tmp_path, "gazette.txt", "Riverside Gazette", "2027-02-02T12:00:00Z",
        "The harbour crane collapsed at 4 a.m. on Sunday, according to the Dunmere Courier.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "crane collapsed")
    assert fact.origins == ("police report",)


_BRIGADE = (
    "Floodwater from the River Ost reached the old town of Harnby on Thursday. The Harnby "
    "Fire Brigade said on Friday that 46 homes had been evacuated along the river."
)


def test_a_titled_spokeswoman_of_a_shorter_name_speaks_for_the_body(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Kelby Falls Ledger", "2027-05-07T09:00:00Z",
        "Floodwater from the River Ost reached the old town of Harnby on Thursday. Fire brigade spokeswoman Captain Lise "
        "Amund said 40 homes had been evacuated along the river by Thursday night.",
    )  # fmt: skip
    write_article(tmp_path, "b.txt", "Ostvik Post", "2027-05-08T09:00:00Z", _BRIGADE)
    fact = fact_with(tmp_path, "homes had been evacuated")
    assert fact.origins == ("harnby fire brigade",)


def test_a_spokeswoman_of_the_bodys_shorter_name_after_hers_speaks_for_it(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Kelby Falls Ledger", "2027-05-07T09:00:00Z",
        "Floodwater from the River Ost reached the old town of Harnby on Thursday. Captain Lise Amund, the fire "
        "brigade's spokeswoman, said 40 homes had been evacuated along the river.",
    )  # fmt: skip
    write_article(tmp_path, "b.txt", "Ostvik Post", "2027-05-08T09:00:00Z", _BRIGADE)
    fact = fact_with(tmp_path, "homes had been evacuated")
    assert fact.origins == ("harnby fire brigade",)


_COAST_GUARD = (
    "A trawler sank off Gannet Head on Monday. The Tarnholm Coast Guard said on Tuesday "
    "that 14 sailors had been rescued."
)


def test_a_titled_spokeswoman_of_a_bodys_short_name_speaks_for_it(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Kelby Falls Ledger", "2027-05-07T09:00:00Z",
        "A trawler sank off Gannet Head on Monday. Coast guard spokeswoman Captain Lise "
        "Amund said 12 sailors had been rescued by Monday night.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ostvik Post", "2027-05-07T11:00:00Z",
        "A trawler sank off Gannet Head on Monday. Captain Lise Amund, the coast guard's "
        "spokeswoman, said 13 sailors had been rescued.",
    )  # fmt: skip
    write_article(tmp_path, "c.txt", "Marlow Bay Tribune", "2027-05-08T09:00:00Z", _COAST_GUARD)
    fact = fact_with(tmp_path, "sailors had been rescued")
    assert fact.origins == ("tarnholm coast guard",)


_SHIP = (
    'The Morrow Light ferry capsized off Gannet Head on Monday. "The Morrow Light was not '
    "overloaded,\" the company's spokesman, Piet Olsen, said in a statement on Tuesday."
)


def test_the_companys_spokesman_never_speaks_for_a_ship(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "Marlow Bay Tribune", "2027-08-03T08:00:00Z", _SHIP)
    fact = fact_with(tmp_path, "not overloaded")
    assert fact.origins == ("piet olsen",)


def test_the_companys_spokesman_speaks_for_the_storys_one_company(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "Marlow Bay Tribune", "2027-08-03T08:00:00Z", _SHIP)
    write_article(
        tmp_path, "b.txt", "Harwich Evening Star", "2027-08-03T09:00:00Z",
        "The Greyhaven Line ferry Morrow Light overturned off Gannet Head on Monday. The "
        "Greyhaven Line has denied the ferry was overloaded. \"The Morrow Light was not "
        "overloaded,\" spokesman Piet Olsen said.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "was not overloaded")
    assert fact.origins == ("greyhaven line",)


def test_the_companys_spokesman_beside_two_companies_speaks_for_neither(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Marlow Bay Tribune", "2027-08-03T08:00:00Z",
        "Greyhaven Line sold the ferry Morrow Light to Castell Shipping in May. The Morrow "
        "Light capsized off Gannet Head on Monday. \"The ferry was not overloaded,\" the "
        "company's spokesman, Piet Olsen, said on Tuesday.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "not overloaded")
    assert fact.origins == ("piet olsen",)


def test_a_time_phrase_and_a_rank_before_the_speaker_belong_to_the_saying(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-06-01T20:00:00Z",
        "By Tuesday evening, Commander Aro Lindqvist said that 96 people had been rescued.",
        title="Rescuers reach ferry survivors",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-06-02T09:00:00Z",
        "Aro Lindqvist said on Wednesday that 120 people had been rescued.",
        title="Rescuers reach ferry survivors",
    )  # fmt: skip
    fact = fact_with(tmp_path, "96 people")
    assert fact.origins == ("aro lindqvist",)
