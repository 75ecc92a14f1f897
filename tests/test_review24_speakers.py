"""Who speaks: a place where words were said, a kind noun, a clause of time, a pronoun.

"X told reporters at Harnvik Central station" says where X spoke, not whose voice X
is; "the operator" is the story's rail operator, never a union named just before;
"as a flood threatened more roads" credits nothing; "Veltmark, the shipbuilder,
said" is that company on record; "she said" is never "the current offer" that "would
add" something.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind

from .stories import attributions, credit_of, fact_with, write_article

_TITLE = "Ferry strike"


def test_a_place_where_a_person_spoke_is_no_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ostra Radio", "2027-05-03T09:00:00Z",
        "Ferry crews walked out across Vessland on Monday.\n\n"
        '"We are not going back to sea for crumbs," the union\'s general secretary, '
        "Britta Solheim, told reporters at Harnvik Central station.",
        title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tollby Wire", "2027-05-03T13:00:00Z",
        "Ferry crews left ports across Vessland idle on Monday.\n\n"
        "The union's general secretary, Britta Solheim, spoke to strikers. "
        '"We are not going back to sea for crumbs," she said.',
        title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "back to sea for crumbs")
    assert "harnvik central" not in " ".join(fact.origins)
    assert "britta solheim" in fact.origins


def test_the_operator_is_the_rail_operator_not_the_union(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ostra Radio", "2027-05-03T09:00:00Z",
        "A strike by signal staff stopped most trains in Vessland on Monday. By noon, "
        "640 trains had been cancelled, Vessland Regional Railways said.",
        title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tollby Wire", "2027-05-03T20:00:00Z",
        "Vessland Regional Railways has asked a court to halt the strike.\n\n"
        "The Union of Signal Workers denied that it had broken the law.\n\n"
        "By 6 p.m., 910 trains had been cancelled, the operator said.",
        title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "910 trains")
    assert fact.origins == ("vessland regional railways",)


def test_a_clause_of_time_credits_nothing() -> None:
    text = (
        "The island rescue service said 260 people had now been evacuated, up from 140 in "
        "the morning, as a second high tide threatened more houses."
    )
    found = attributions(text, "Ostra Radio")
    said = credit_of(found, "service said", text)
    assert said.source_key == "island rescue service"
    assert not any(a.statement and "tide" in a.source_key for a in found)


def test_a_named_company_described_by_its_trade_is_on_record() -> None:
    text = (
        "The port strike also hit freight customers on Monday.\n\n"
        "Veltmark, the shipbuilder, said it had moved 30 percent of its cargo to rail."
    )
    said = credit_of(attributions(text, "Ostra Radio"), "Veltmark, the shipbuilder", text)
    assert said.kind is SourceKind.ORGANIZATION
    assert said.source_key == "veltmark"


def test_she_is_the_person_who_spoke_not_an_offer_that_would_add() -> None:
    text = (
        "The strike cost the ferry line about 3 million krona, the line's finance director, "
        "Ragna Tollefsen, said on Tuesday.\n\n"
        "Tollefsen said the current offer would add about 90 million krona a year to the "
        'wage bill. "A raise of 12 percent would force us to cut routes," she said.'
    )
    she = credit_of(attributions(text, "Ostra Radio"), "she said", text)
    assert she.source_key == "ragna tollefsen"
    assert she.kind is SourceKind.PERSON
