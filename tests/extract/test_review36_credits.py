"""Who a cue credits: "quoted Y as saying" far after a quote, a listed object, a place "it".

A "quoted Y as saying" after a quote credits Y however long the names before it, never
a speaker carried over from the quote before; "considers issues the appointment of
..." is an act on its object, not a belief; an "it" standing for a place names no one
that underscores anything, while a place's "it said" still speaks.
"""

from __future__ import annotations

from corrobora.model import Attribution
from tests.stories import attributions


def _found(text: str) -> tuple[Attribution, ...]:
    return attributions(text, "Morning Courier")


def _credits_of(text: str, words: str) -> list[Attribution]:
    """The attributions whose content holds ``words``."""
    return [a for a in _found(text) if words in text[a.content.start : a.content.end]]


def test_quoted_as_saying_far_after_the_quote_beats_a_carried_speaker() -> None:
    text = (
        "Clash in Harlow\n\n"
        "“Stay back, or we will fire again,” police said once Varn had fallen, according "
        "to the Calder Ledger.\n"
        "“The officers, they just jumped out of the van so fast,” the Harlow Evening "
        "Chronicle quoted neighbour Tomas Brell as saying.\n"
    )
    credits = _credits_of(text, "jumped out of the van")
    assert credits
    assert {a.source_key for a in credits} == {"tomas brell"}


def test_a_bare_noun_object_and_its_list_is_no_belief() -> None:
    text = (
        "Assembly powers\n\n"
        "The Veldran Assembly passes laws and approves the budget. It also considers "
        "issues the appointment and dismissal of the chief judge and the treasurer. "
        "The minister considers him a threat to the republic.\n"
    )
    (act,) = _credits_of(text, "the appointment and dismissal")
    assert act.cue == "consider"
    assert not act.statement
    (belief,) = _credits_of(text, "a threat to the republic")
    assert belief.statement


def test_an_it_standing_for_a_place_underscores_nothing_but_still_says() -> None:
    text = (
        "Verdict in Corvale\n\n"
        "A jury in Corvale spared the gunman the death penalty on Saturday. Corvale "
        "ranked third in executions last year. And it underscored the problems "
        "prosecutors say they face with the rule that death sentences must be unanimous.\n"
    )
    assert all(a.source_key != "corvale" for a in _found(text))
    said = (
        "Talks in Corvale\n\n"
        "A jury in Corvale spared the gunman on Saturday. Corvale rejected the verdict "
        "on Monday. It said the jury had ignored the evidence.\n"
    )
    (credit,) = _credits_of(said, "the jury had ignored the evidence")
    assert credit.source_key == "corvale"
