"""What an attribution credits: no agent, no addressee, figures and acts (review 8).

"reported by the Calder Ledger" credits the Ledger with what was reported, never with
"by the Calder Ledger"; "..., a researcher told the Ledger" credits the clause before
the comma, never "the Ledger"; "police put the number at about 20,000" is a statement
of police; "with no serious incidents reported" credits no one; and an order is an
act, no statement.
"""

from __future__ import annotations

from corrobora.extract.cues import figure_cue
from corrobora.extract.nlp import parse
from corrobora.model import Attribution, SourceKind
from corrobora.settings import AnalyzeParams

from .stories import attributions as attributions_of


def attributions(text: str, outlet: str = "Eastline News") -> tuple[Attribution, ...]:
    """The attributions of ``text`` published by ``outlet`` (Eastline News by default)."""
    return attributions_of(text, outlet)


def with_cue(found: tuple[Attribution, ...], cue: str) -> Attribution:
    """The one attribution through ``cue``."""
    (credit,) = [a for a in found if a.cue == cue]
    return credit


def content(text: str, attribution: Attribution) -> str:
    """The credited words of ``attribution``."""
    return text[attribution.content.start : attribution.content.end]


# -- 1. the agent of a passive credit is never its content ------------------------------


def test_a_passive_credit_credits_its_subject_not_its_agent() -> None:
    text = (
        "Files from the Harwick Mobile breach include card numbers.\n\n"
        "The attack was first reported by the Calder Ledger on Wednesday, citing an "
        "unnamed security researcher."
    )
    found = attributions(text, "ByteWatch")
    report = with_cue(found, "report")
    assert report.source_key == "calder ledger"
    assert content(text, report) == "The attack"
    assert not [a for a in found if "by the Calder" in content(text, a)]


def test_the_citing_of_a_passive_credit_is_kept() -> None:
    text = "The breach was first reported by the Calder Ledger, citing a security researcher."
    found = attributions(text, "OBC News")
    cite = with_cue(found, "cite")
    assert cite.source_key == "calder ledger"
    assert content(text, with_cue(found, "report")) == "The breach"


# -- 2. the addressee of "tell" is never its content ----------------------------------


def test_told_without_a_clause_credits_the_clause_it_closes() -> None:
    text = "Hackers took customer data from Harwick Mobile, a security researcher told the Ledger."
    told = with_cue(attributions(text, "The Calder Ledger"), "tell")
    assert told.kind is SourceKind.ANONYMOUS
    assert content(text, told) == "Hackers took customer data from Harwick Mobile"


def test_told_with_a_time_credits_the_clause_before_the_comma() -> None:
    text = "Thieves stole two paintings from the Orlov Museum, a curator told the Herald on Monday."
    told = with_cue(attributions(text, "Eastline News"), "tell")
    assert told.source_key == "herald"  # an unnamed curator, relayed by the Herald
    assert content(text, told) == "Thieves stole two paintings from the Orlov Museum"


def test_told_alone_credits_no_addressee() -> None:
    text = "Mayor Ilse Coranth told the Valley Tribune on Monday."
    assert not [a for a in attributions(text) if "Tribune" in content(text, a)]


# -- 3. a figure put on something is a statement --------------------------------------


def test_police_putting_the_number_at_a_figure_state_it() -> None:
    text = (
        "More than 100,000 people joined the Marrisford rent march, the organisers said, "
        "while police put the number at about 20,000."
    )
    put = with_cue(attributions(text), "put")
    assert put.source_key == "police"
    assert put.statement
    assert content(text, put) == "the number at about 20,000"


def test_a_coalition_putting_the_figure_at_a_figure_states_it() -> None:
    text = (
        "Police said about 20,000 people took part. The Fair Rent Coalition, which "
        "organised the march, put the figure at more than 100,000."
    )
    put = with_cue(attributions(text, "Civic Wire Service"), "put")
    assert put.source_key == "fair rent coalition"
    assert put.statement
    assert "100,000" in content(text, put)


def test_officials_placing_a_toll_and_pegging_a_cost_state_them() -> None:
    text = "Officials placed the death toll at 45 and pegged the cost at $2 billion."
    found = attributions(text)
    assert with_cue(found, "place").statement
    assert "45" in content(text, with_cue(found, "place"))


def test_putting_a_plan_on_hold_states_nothing() -> None:
    text = "The government put the plan on hold, and the minister put the number of staff up."
    found = attributions(text)
    assert not [a for a in found if a.cue == "put"]
    doc = parse(text, AnalyzeParams().model)
    assert not [t for t in doc if figure_cue(t)]


# -- 4. absolute participles and orders -----------------------------------------------


def test_an_absolute_participle_credits_no_one() -> None:
    text = (
        "About 20,000 people took part in the rent protest, according to police.\n\n"
        "The march passed off peacefully, with no serious incidents reported along the route."
    )
    found = attributions(text, "Harlan Evening Post")
    assert not [a for a in found if "incidents" in a.source_key]
    assert [a.source_key for a in found] == ["police"]


def test_an_order_is_an_act_and_credits_no_conjoined_clause() -> None:
    text = (
        "Lindenmoor's mayor ordered the evacuation of the eastern districts on Thursday, "
        "and more than 5,000 people have now left their homes."
    )
    order = with_cue(attributions(text, "The Tessel Times"), "order")
    assert not order.statement
    assert content(text, order) == "the evacuation of the eastern districts on Thursday"


def test_no_one_commenting_states_nothing() -> None:
    """ "Neither government would comment" is a refusal, like "would not comment"."""
    text = (
        "Neither government would comment on the draft. No official commented on the talks. "
        "The minister commented on the draft on Monday."
    )
    found = attributions(text)
    assert {a.span.slice(text): a.statement for a in found} == {
        "Neither government would comment": False,
        "No official commented": False,
        "The minister commented": True,
    }
