"""Independent origins: one body's statement, spokeswoman and names, one chain of credits.

A statement a company issued is the company's, as are the words of "the company's
<Name>"; "<Place> police" is the story's one "<Place> Police Department"; "Tarnwell
Operations" is "Tarnwell"; a credit inside another's content makes one chain that gives
one origin; an unowned "a statement" is the body its own article credits beside it.
"""

from __future__ import annotations

from pathlib import Path

from ..stories import fact_with, write_article

_OPENING = "A fire shut the Harbeck Foods bakery in Ostrava Bay on Thursday night."


def _story(folder: Path, first: str, second: str, opening: str = _OPENING) -> None:
    for name, outlet, hour, body in (
        ("a.txt", "Ostrava Courier", "09", first),
        ("b.txt", "Lindmoor Ledger", "11", second),
    ):
        write_article(folder, name, outlet, f"2027-04-09T{hour}:00:00+00:00", f"{opening}\n{body}")


def test_a_statement_a_company_issued_is_the_companys(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Harbeck Foods issued a statement early this morning announcing that the bakery "
        'is closed, saying, "We are heartbroken for our bakers and their families."',
        "Harbeck Foods' spokeswoman Mirela Szabo said, "
        '"We are heartbroken for our bakers and their families."',
    )
    fact = fact_with(tmp_path, "heartbroken")
    assert fact.origins == ("harbeck foods",)


def test_a_companys_possessive_before_a_name_speaks_for_the_company(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Harbeck Foods said the bakery would reopen in May with a new oven line.",
        "Harbeck Food's Mirela Szabo said the bakery would reopen in May with a new oven line.",
    )
    fact = fact_with(tmp_path, "reopen in May")
    assert fact.origins == ("harbeck foods",)


def test_place_police_are_the_storys_one_police_department(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The Tellbridge Police Department said on Friday that Oskar Lind, 58, was "
        "charged with two counts of arson.",
        "Tellbridge police said Oskar Lind, 58, was charged with two counts of arson on Friday.",
    )
    fact = fact_with(tmp_path, "counts of arson")
    assert fact.origins == ("tellbridge police department",)


def test_a_name_with_a_department_suffix_is_the_body_named_without_it(tmp_path: Path) -> None:
    opening = "The Norrsund undersea cable failed on Saturday."
    _story(
        tmp_path,
        '"Spare capacity was brought online overnight, restoring 70% of the traffic," '
        "said Tarnwell Operations.",
        "Tarnwell said spare capacity was brought online overnight, restoring 70% of the traffic.",
        opening,
    )
    fact = fact_with(tmp_path, "brought online overnight")
    assert [s.origin for s in fact.support] == ["tarnwell", "tarnwell"]
    assert fact.origins == ("tarnwell",)


def test_a_credit_inside_another_makes_one_chain_of_one_origin(tmp_path: Path) -> None:
    opening = "Three undersea cables were cut off Kessholm on Friday."
    _story(
        tmp_path,
        "A repair ship was sent, but normal service may not return until 31 March.",
        "Selvatel said it will send a repair ship and should restore normal service "
        "by March 31, according to Marrowby Ltd.",
        opening,
    )
    fact = fact_with(tmp_path, "repair ship")
    assert len(fact.support) == 2
    assert fact.origins == ("ostrava courier", "selvatel")


def test_an_unowned_statement_is_the_body_its_article_credits(tmp_path: Path) -> None:
    opening = "Three undersea cables were cut off Kessholm on Friday."
    _story(
        tmp_path,
        "Calls between Dravia and Kessholm were cut on Friday, Selvatel said.\n"
        '"The cause of the damage to the cables remains unknown," a statement said.',
        'In a statement released on Friday, Selvatel said: "The cause of the damage '
        'to the cables remains unknown."\n'
        "Marrowby Ltd. said in a statement that its own network was not affected.",
        opening,
    )
    fact = fact_with(tmp_path, "remains unknown")
    assert fact.origins == ("selvatel",)


def test_a_story_issuer_is_no_origin_of_a_statement_whose_article_never_names_it(
    tmp_path: Path,
) -> None:
    opening = "Three undersea cables were cut off Kessholm on Friday."
    _story(
        tmp_path,
        "Repair crews reached the site on Saturday.\n"
        '"The cause of the damage to the cables remains unknown," a statement said.',
        "Marrowby Ltd. said in a statement that its own network was not affected.",
        opening,
    )
    fact = fact_with(tmp_path, "remains unknown")
    assert fact.origins == ("statement",)
