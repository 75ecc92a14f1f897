"""An outlet's later report in its own voice does not take its own poll as its source.

An outlet that credited a fact to its own exit poll and later reports the fact itself
(as the count goes on) reports it in its own voice: its poll is no source it repeats.
A source it credited earlier is carried over only to a wording that states the fact
alike, no figure apart.
"""

from __future__ import annotations

from corrobora.reconcile.facts import build_fact

from .reconcile.conftest import make_claim

_OUTLETS = {"a": "channel 4 valley", "b": "channel 4 valley"}
_ORDER = {"a": 0, "b": 1}


def _origins(first: str, second: str, earlier_key: str) -> dict[str, str]:
    poll = make_claim("a", first, 0)
    count = make_claim("b", second, 0)
    fact = build_fact(
        [poll, count],
        poll,
        {poll.id: (earlier_key,), count.id: ("channel 4 valley",)},
        _OUTLETS,
        {},
        _ORDER,
        (),
    )
    return {s.article_id: s.origin for s in fact.support}


def test_a_later_own_voice_report_is_not_credited_to_the_outlets_poll() -> None:
    origins = _origins(
        "Ida Marsk holds a narrow edge in the mayoral race, a Channel 4 Valley exit poll shows.",
        "Ida Marsk leads in the mayoral race as counting continues.",
        "channel 4 valley exit poll",
    )
    assert origins["b"] == "channel 4 valley"


def test_a_source_credited_earlier_still_lends_its_credit() -> None:
    origins = _origins(
        "Ida Marsk leads in the mayoral race, the electoral commission said.",
        "Ida Marsk leads in the mayoral race as counting continues.",
        "kelby electoral commission",
    )
    assert origins["b"] == "kelby electoral commission"
