"""A guild, a chamber, a society: bodies named by their noun, one origin with their name.

"..., the guild said" after "the Harlow Bakers' Guild" is that guild, not a document
nor a second body; nor is "the chamber" beside "the Tessby Chamber of Commerce".
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind

from .stories import attributions, credit_of, fact_with, write_article

_TITLE = "Harlow flour tax"


def test_the_guild_is_the_guild_named_before() -> None:
    text = (
        "The Harlow Bakers' Guild opposed the flour tax on Monday.\n\n"
        "Bread prices will rise by a tenth, the guild said."
    )
    said = credit_of(attributions(text, "Ostra Radio"), "the guild said", text)
    assert said.source_key == "harlow bakers guild"
    assert said.kind is SourceKind.ORGANIZATION


def test_the_guild_and_its_name_are_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ostra Radio", "2027-04-12T09:00:00Z",
        "The Harlow Bakers' Guild opposed the flour tax on Monday.\n\n"
        "Some of the flour had been milled in the port of Deverel, the guild said.",
        title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tollby Wire", "2027-04-12T15:00:00Z",
        "Some of the flour was milled in the port of Deverel, the Harlow Bakers' Guild "
        "said.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "Deverel")
    assert fact.origins == ("harlow bakers guild",)


def test_the_chamber_is_the_story_one_chamber(tmp_path: Path) -> None:
    title = "Tessby toll"
    write_article(
        tmp_path, "a.txt", "Ostra Radio", "2027-04-12T09:00:00Z",
        "Traders met on Monday to discuss the bridge toll.\n\nShops in the old town will "
        "lose a fifth of their trade because of the toll, the chamber said.", title=title,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tollby Wire", "2027-04-12T15:00:00Z",
        "Shops in the old town will lose a fifth of their trade because of the bridge "
        "toll, the Tessby Chamber of Commerce said on Monday.", title=title,
    )  # fmt: skip
    fact = fact_with(tmp_path, "fifth of their trade")
    assert fact.origins == ("tessby chamber of commerce",)
