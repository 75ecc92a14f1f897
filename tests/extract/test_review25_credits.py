"""How far a credit reaches, and which words credit no one.

A cue between commas hung on a closing "with" clause still credits its sentence;
"conceded defeat" is an act, not speech; a participle drawing a conclusion from a
market move ("shares closed up, suggesting ...") is the writer's reading; an outlet's
own tally is its own report, and a participle after "according to X" is not X's.
"""

from __future__ import annotations

from pathlib import Path

from tests.stories import attributions, credit_of, fact_with, write_article

# --- a cue between commas before a closing "with" clause ----------------------------

_WILDFIRE = (
    "The wildfire above Marrow Ridge slowed on Thursday as winds eased, the Selby County "
    "Fire Department said, with 60 percent of the fire contained."
)


def test_a_cue_between_commas_credits_the_sentence_around_it() -> None:
    found = attributions(_WILDFIRE, "Coastline News")
    credit = credit_of(found, "said", _WILDFIRE)
    assert credit.source_key == "selby county fire department"
    content = _WILDFIRE[credit.content.start : credit.content.end]
    assert content.startswith("The wildfire above Marrow Ridge slowed")
    assert "60 percent of the fire contained" in content


def test_the_containment_credited_mid_sentence_has_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Ridge Wire",
        "2026-08-20T09:00:00+00:00",
        "Firefighters had contained 60 percent of the wildfire above Marrow Ridge by "
        "Thursday morning, the Selby County Fire Department said.",
        title="Marrow Ridge wildfire 60 percent contained",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastline News",
        "2026-08-20T12:00:00+00:00",
        _WILDFIRE,
        title="Marrow Ridge wildfire slows",
    )
    fact = fact_with(tmp_path, "60 percent of the fire contained")
    assert fact.origins == ("selby county fire department",)
    assert fact.independent_support == 1


# --- "concede" with an object is an act --------------------------------------------


def test_conceding_defeat_states_nothing_of_the_loser() -> None:
    text = "Governor Mira Hollen conceded defeat in the runoff at 11:50 p.m. on Sunday."
    found = attributions(text, "Delta Herald")
    assert all(not a.statement for a in found if a.cue == "concede")


def test_conceding_that_something_is_so_is_still_a_statement() -> None:
    text = "Governor Mira Hollen conceded that her campaign had lost the runoff."
    credit = credit_of(attributions(text, "Delta Herald"), "conceded", text)
    assert credit.source_key == "mira hollen"
    assert credit.statement


def test_the_time_of_a_concession_is_each_outlets_own(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Delta Herald",
        "2026-11-09T08:00:00+00:00",
        "Governor Mira Hollen conceded defeat in the Ostmark runoff at 11:50 p.m. on Sunday.",
        title="Hollen concedes Ostmark runoff",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Ostmark Radio",
        "2026-11-09T09:00:00+00:00",
        "Governor Mira Hollen conceded defeat in the Ostmark runoff shortly after "
        "midnight on Monday.",
        title="Hollen concedes Ostmark runoff",
    )
    fact = fact_with(tmp_path, "11:50 p.m.")
    assert set(fact.origins) == {"delta herald", "ostmark radio"}


# --- a market move suggesting something ---------------------------------------------


def test_a_share_move_suggesting_something_credits_no_one() -> None:
    text = (
        "Brenna Foods rejected a takeover offer from Calloway Group on Tuesday. Brenna "
        "shares closed up 18 percent at 7.40 euros, below the offer price, suggesting "
        "some investors doubt the bid will succeed."
    )
    found = attributions(text, "Ledger Markets")
    assert [a for a in found if a.statement] == []


# --- an outlet's own tally, and the words after "according to X" ------------------

_TALLY = (
    "The Farmers' League won 17 seats, according to a count by the Harbour Gazette based "
    "on county returns, making it the likely partner for the Civic Party, which finished "
    "first with 31.5 percent of the vote."
)


def test_a_tally_by_the_articles_own_outlet_credits_no_one() -> None:
    assert attributions(_TALLY, "Harbour Gazette") == ()


def test_a_participle_after_according_to_is_not_credited() -> None:
    credit = credit_of(attributions(_TALLY, "Lakeside Wire"), "according to", _TALLY)
    content = _TALLY[credit.content.start : credit.content.end]
    assert content == "The Farmers' League won 17 seats"
