"""Who a product recall and an office's spokeswoman are credited to (review 18b).

"The maker has recalled two batches" reports the maker's act, which the outlet states
on its own word: "recall" credits words only with a clause or a quote ("she recalled
that ..."). "A spokeswoman for the water authority, X, said" is the authority's voice.
"""

from __future__ import annotations

from pathlib import Path

from tests.stories import attributions, fact_with, write_article

RADIO = ("Kestrel Wave Radio", "2027-04-06T07:00:00Z")
DAILY = ("Sorrin Daily", "2027-04-06T15:00:00Z")


def test_a_product_recall_credits_no_one() -> None:
    text = "Torvane Dairies has recalled three batches of its blue cheese after tests found salmonella."
    assert [a.cue for a in attributions(text, RADIO[0])] == []


def test_recalling_that_something_happened_is_still_a_credit() -> None:
    text = "Ilse Dravik recalled that the river had flooded the fields twice that spring."
    (credit,) = attributions(text, RADIO[0])
    assert credit.cue == "recall"
    assert credit.source_key == "ilse dravik"
    quoted = '"The water came up to the windows," Ilse Dravik recalled.'
    assert [a.cue for a in attributions(quoted, RADIO[0])] == ["recall"]


def test_outlets_reporting_a_recall_are_its_origins(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", *RADIO,
        "Torvane Dairies has recalled three batches of its blue cheese after tests found "
        "salmonella.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", *DAILY,
        "Torvane Dairies has recalled three batches of its blue cheese because tests found "
        "salmonella.",
    )  # fmt: skip
    recall = fact_with(tmp_path, "three batches")
    assert recall.origins == ("kestrel wave radio", "sorrin daily")
    assert recall.independent_support == 2


def _authority(folder: Path, second: str) -> None:
    write_article(
        folder, "a.txt", *DAILY,
        "The Brennick Regional Water Authority said on Monday it had found lead in the pipes "
        f"of 40 schools.\n\n{second}",
    )  # fmt: skip


def test_a_spokeswoman_for_a_body_named_by_its_noun_speaks_for_it(tmp_path: Path) -> None:
    _authority(
        tmp_path,
        "A spokeswoman for the regional authority, Lise Varn, said the pipes would be "
        "replaced during the summer holidays.",
    )
    pipes = fact_with(tmp_path, "Lise Varn")
    assert pipes.origins == ("brennick regional water authority",)


def test_a_spokesman_for_a_named_body_speaks_for_it(tmp_path: Path) -> None:
    _authority(
        tmp_path,
        "A spokesman for the Brennick Regional Water Authority, Tor Almqvist, said the pipes "
        "would be replaced during the summer holidays.",
    )
    pipes = fact_with(tmp_path, "Tor Almqvist")
    assert pipes.origins == ("brennick regional water authority",)


def test_a_lawyer_for_a_family_keeps_her_name(tmp_path: Path) -> None:
    _authority(
        tmp_path,
        "A lawyer for the family, Mette Saarin, said the parents would sue the authority "
        "over the pipes.",
    )
    suit = fact_with(tmp_path, "Mette Saarin")
    assert suit.origins == ("mette saarin",)
