"""Who a fact comes from: an owner's possessive, an outlet's short name, a name with "and".

"police said" stays the police though a person stands before "police" elsewhere without
a possessive ("Councilman Tor Brandvik urged police"); "the Daily News" and "the News"
are the "New York Daily News" another article credits; a body's name the recognizer cut
at its "and" is one origin.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def test_a_person_before_police_owns_no_police(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harbor Daily", "2027-03-12T09:00:00Z",
        "Police shot Emil Sarno, 17, in Dunmore on Saturday night.\n"
        "Councilman Tor Brandvik urged police to explain the shooting.\n"
        "Sarno was declared dead on arrival at Dunmore General Hospital, police said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "City Ledger", "2027-03-12T10:00:00Z",
        "Two officers opened fire on Emil Sarno, 17, near Quay Street in Dunmore.\n"
        "The teenager was declared dead on arrival at Dunmore General Hospital, police said.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "declared dead on arrival")
    assert fact.origins == ("police",)
    assert fact.independent_support == 1


def test_a_possessive_still_makes_the_campaign_its_owners(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Velm Courier", "2027-11-05T10:00:00Z",
        "Mayor Ana Lind's campaign filed a request for a recount of the Velm mayoral "
        "election on Thursday, the campaign said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Harbour Post", "2027-11-05T12:00:00Z",
        "The Lind campaign filed a request for a recount of the Velm mayoral election "
        "on Thursday, the campaign said.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "recount")
    assert fact.origins == ("ana lind s campaign",)


def _witness_story(tmp_path: Path, short: str) -> None:
    write_article(
        tmp_path, "a.txt", "Harbor Daily", "2027-03-12T09:00:00Z",
        "Police shot dead Emil Sarno, 17, in Dunmore on Saturday night.\n"
        "A witness told the Kessby Daily News that the teen did not have a gun in his hand.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "City Ledger", "2027-03-13T10:00:00Z",
        "Protests continued in Dunmore after officers killed Emil Sarno, 17, on Saturday.\n"
        f"A witness told {short} on Tuesday that the youth did not have a gun in his hand.",
    )  # fmt: skip


def test_the_daily_news_is_the_fuller_outlet_another_article_credits(tmp_path: Path) -> None:
    _witness_story(tmp_path, "the Daily News")
    fact = fact_with(tmp_path, "did not have a gun")
    assert fact.origins == ("kessby daily news",)
    assert fact.independent_support == 1


def test_the_news_is_the_fullest_outlet_its_word_ends(tmp_path: Path) -> None:
    _witness_story(tmp_path, "The News")
    fact = fact_with(tmp_path, "did not have a gun")
    assert fact.origins == ("kessby daily news",)


def test_a_name_cut_at_its_and_is_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Alpha Wire", "2027-09-26T10:00:00Z",
        "Parliamentary elections in Ostmark planned for December 15 will be held on a "
        "two-party basis, a message from the Central Commission for Elections and "
        "Referenda of Ostmark said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Beta News", "2027-09-27T09:00:00Z",
        "Parliamentary elections in Ostmark scheduled for December 15 will be held on a "
        "two-party basis, according to the Central Commission for Elections and "
        "Referenda of Ostmark.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "two-party basis")
    (origin,) = fact.origins
    assert origin.startswith("central commission for elections and referenda")
    assert fact.independent_support == 1


def test_a_body_named_alone_after_and_stays_another_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Alpha Wire", "2027-09-26T10:00:00Z",
        "The smuggling ring was broken up on Monday, the Ministry of Defence and "
        "Interpol said.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Beta News", "2027-09-27T09:00:00Z",
        "The smuggling ring was broken up on Monday, Interpol said.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "smuggling ring")
    assert "interpol" in fact.origins
