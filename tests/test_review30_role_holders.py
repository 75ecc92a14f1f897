"""An unnamed role the story gives one named person is that person, one origin.

"her spokesman said" beside "spokesman Iver Quade said" is the story's one spokesman;
"Lena Marsh's attorney said" beside "Marsh lawyer Tomas Pell" is the one lawyer the
story names for that client, not a second origin and never the client herself.
"""

from __future__ import annotations

from pathlib import Path

from tests.stories import fact_with, write_article


def test_her_spokesman_is_the_spokesman_the_story_names(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbor Courier",
        "2024-05-02T09:00:00",
        "Ada Brenn, the rower turned painter, died on Sunday in Kelso at the age of 88, "
        "her spokesman said.\n"
        "Brenn died peacefully at home, spokesman Iver Quade said.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Metro Wire",
        "2024-05-02T11:00:00",
        "Ada Brenn died peacefully at home on Sunday in Kelso, aged 88, publicist Iver Quade "
        "said.\n",
    )
    fact = fact_with(tmp_path, "publicist Iver Quade")
    assert fact.origins == ("iver quade",)
    assert fact.independent_support == 1


def test_a_role_two_people_hold_names_neither(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbor Courier",
        "2024-05-02T09:00:00",
        "Ada Brenn died on Sunday in Kelso at the age of 88, her spokesman said.\n"
        "The family thanked spokesman Iver Quade and spokesman Olaf Rinn for their work.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Metro Wire",
        "2024-05-02T11:00:00",
        "Ada Brenn died on Sunday in Kelso, aged 88, publicist Iver Quade said.\n",
    )
    fact = fact_with(tmp_path, "her spokesman said")
    assert "her spokesman" in fact.origins


def test_a_clients_attorney_is_the_lawyer_named_before_the_name(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbor Courier",
        "2024-05-02T09:00:00",
        "Marsh lawyer Tomas Pell told the judge that Lena Marsh had entered a clinic in "
        "Orvale, but prosecutors have not approved it.\n",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Metro Wire",
        "2024-05-02T11:00:00",
        "Lena Marsh's attorney said Thursday that Marsh had entered a clinic in Orvale, "
        "but a county official said it is unlicensed.\n",
    )
    fact = fact_with(tmp_path, "Lena Marsh's attorney said")
    assert fact.origins == ("tomas pell",)
    assert "lena marsh" not in fact.origins
