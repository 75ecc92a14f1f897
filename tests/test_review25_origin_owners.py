"""Whose word a statement is: a scoop credited in a closing clause, a role's owner, a club.

"..., a demand first reported by the Ledger" traces the whole statement to the Ledger;
"the authority's spokeswoman" speaks for the story's authority, never for the gang named
just before; "the regional health authority" is the story's one health authority; a
club's short name ("Dunmere") is the club ("Dunmere Athletic"), and its chairman speaks
for it.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def test_a_scoop_credited_in_a_closing_clause_is_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "The Tarnby Gazette",
        "2026-02-02T18:00:00+00:00",
        "The gang that hacked the Orvel Water Company has demanded a ransom of 80 bitcoin,"
        " three people briefed on the talks told The Tarnby Gazette.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Lowfield Radio",
        "2026-02-03T08:00:00+00:00",
        "The hackers have demanded a ransom of 80 bitcoin, a demand first reported by"
        " The Tarnby Gazette.",
    )
    write_article(
        tmp_path,
        "c.txt",
        "The Morning Crier",
        "2026-02-04T16:00:00+00:00",
        "The hackers demanded a ransom of 80 bitcoin, The Tarnby Gazette first reported on Monday.",
    )
    fact = fact_with(tmp_path, "a demand first reported")
    assert fact.origins == ("tarnby gazette",)
    assert fact.independent_support == 1


def test_an_authoritys_spokeswoman_is_not_the_gang_named_before(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Northgate Wire",
        "2026-03-09T09:00:00+00:00",
        "A cyberattack has shut down the systems of two clinics, the water authority said on"
        " Monday.\n\n"
        '"We are restoring the systems one by one," said Mira Tolk, a spokeswoman for the'
        " Penrose Water Authority.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "The Evening Lantern",
        "2026-03-11T16:00:00+00:00",
        "Two days after the attack, the water authority has confirmed that billing data"
        " was stolen.\n\n"
        "The criminal group GreyMarrow has claimed the attack.\n\n"
        "Mira Tolk, the authority's spokeswoman, said:"
        ' "We are restoring the systems one by one."',
    )
    fact = fact_with(tmp_path, "the authority's spokeswoman")
    assert fact.origins == ("penrose water authority",)
    assert fact.independent_support == 1


def test_an_authoritys_spokeswoman_is_the_storys_authority(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Northgate Wire",
        "2026-03-09T09:00:00+00:00",
        '"We are restoring the systems one by one," said Mira Tolk, a spokeswoman for the'
        " Penrose Water Authority.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "The Evening Lantern",
        "2026-03-11T16:00:00+00:00",
        "The criminal group GreyMarrow has claimed the attack on the billing systems.\n\n"
        "Mira Tolk, the authority's spokeswoman, said:"
        ' "We are restoring the systems one by one."',
    )
    fact = fact_with(tmp_path, "the authority's spokeswoman")
    assert fact.origins == ("penrose water authority",)


def test_a_regional_authority_is_the_one_named_in_full(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Northgate Wire",
        "2026-03-09T09:00:00+00:00",
        "Floods have closed 40 schools across the valley, the regional education authority"
        " said on Monday.\n\n"
        "The schools will stay shut until Thursday, the Penrose Education Authority said in"
        " a statement.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "The Evening Lantern",
        "2026-03-09T20:00:00+00:00",
        "Floods closed 40 schools across the valley, the Penrose Education Authority said"
        " on Monday.",
    )
    fact = fact_with(tmp_path, "the regional education authority said")
    assert fact.origins == ("penrose education authority",)
    assert fact.independent_support == 1


def test_another_levels_authority_stays_apart(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Northgate Wire",
        "2026-03-09T09:00:00+00:00",
        "Floods have closed 40 schools across the valley, the regional education authority"
        " said on Monday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "The Evening Lantern",
        "2026-03-09T20:00:00+00:00",
        "Floods closed 40 schools across the valley, the National Education Authority said"
        " on Monday.",
    )
    fact = fact_with(tmp_path, "the regional education authority said")
    assert fact.independent_support == 2


def test_a_clubs_chairman_speaks_for_the_club(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Radio Kickline",
        "2026-07-07T09:00:00+02:00",
        "Harwick Athletic confirmed on Tuesday that they have accepted an offer from Morlaix"
        " FC for striker Ennio Varga.\n\n"
        '"We can confirm that we have accepted an offer from Morlaix FC for Ennio Varga,"'
        " Harwick chairman Otto Brenn said in a statement.",
    )
    for fact in (fact_with(tmp_path, "Harwick Athletic confirmed"), fact_with(tmp_path, "Brenn")):
        assert fact.origins == ("harwick athletic",)
        assert fact.independent_support == 1


def test_a_clubs_short_name_is_the_club(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Radio Kickline",
        "2026-07-08T16:00:00+02:00",
        "Morlaix said it had sold 9,000 shirts bearing Varga's name in the first two hours"
        " after the announcement.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Tribuna Calcio",
        "2026-07-08T17:00:00+02:00",
        "Morlaix FC said it had sold 9,000 shirts bearing Ennio Varga's name in the first"
        " two hours after announcing his signing.",
    )
    fact = fact_with(tmp_path, "Morlaix said")
    assert fact.origins == ("morlaix fc",)
    assert fact.independent_support == 1
