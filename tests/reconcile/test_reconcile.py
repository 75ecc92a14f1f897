from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from corrobora.errors import ConfigError
from corrobora.model import (
    AnalyzedArticle,
    ConflictKind,
    CopyLink,
    EntityKind,
    FactStatus,
    Modality,
    SourceKind,
    Story,
)
from corrobora.reconcile import reconcile
from corrobora.settings import ReconcileParams

from .conftest import make_analysis


def _story(*analyses):
    return Story("s1", "t", tuple(a.article.id for a in analyses))


def _fact_with(recon, article_id, needle):
    for fact in recon.facts:
        for s in fact.support:
            if s.article_id == article_id and needle in s.text:
                return fact
    raise AssertionError(f"no fact with {needle!r} in {article_id}")


def test_same_fact_in_different_words_is_corroborated():
    a = make_analysis(
        "a",
        "Harbor Times",
        [
            "The harbour authority closed the northern pier after the storm damaged the cranes.",
            "Fishermen protested outside the town hall on Monday evening.",
        ],
        day=1,
    )
    b = make_analysis(
        "b",
        "Coast Courier",
        [
            "Storm damage to the cranes forced the harbour authority to close the northern pier.",
            "A new lighthouse keeper was appointed by the council.",
        ],
        day=2,
    )
    recon = reconcile(_story(a, b), [a, b], [], ReconcileParams())
    pier = _fact_with(recon, "a", "northern pier")
    assert {s.article_id for s in pier.support} == {"a", "b"}
    assert pier.status is FactStatus.CORROBORATED
    assert pier.independent_support == 2
    protest = _fact_with(recon, "a", "Fishermen")
    assert protest.status is FactStatus.SINGLE_SOURCE
    assert [s.article_id for s in protest.support] == ["a"]
    keeper = _fact_with(recon, "b", "lighthouse")
    assert keeper is not protest


def test_number_conflict_makes_fact_conflicting():
    a = make_analysis(
        "a",
        "Harbor Times",
        ["The fire at the grain depot killed 83 workers."],
        claim_kwargs={0: {"numbers": ((83.0, "worker"),)}},
    )
    b = make_analysis(
        "b",
        "Coast Courier",
        ["The fire at the grain depot killed 76 workers."],
        day=2,
        claim_kwargs={0: {"numbers": ((76.0, "worker"),)}},
    )
    recon = reconcile(_story(a, b), [a, b], [], ReconcileParams())
    fact = _fact_with(recon, "a", "grain depot")
    assert fact.status is FactStatus.CONFLICTING
    kinds = [c.kind for c in fact.conflicts]
    assert kinds == [ConflictKind.NUMBER]
    assert "76" in fact.conflicts[0].detail and "83" in fact.conflicts[0].detail


def test_overlapping_dates_do_not_conflict_but_disjoint_do():
    week = (date(2026, 3, 16), date(2026, 3, 22))
    same_day = (date(2026, 3, 19), date(2026, 3, 19))
    other = (date(2026, 3, 25), date(2026, 3, 25))
    text = "The mayor signed the harbour dredging contract with the shipyard."
    a = make_analysis("a", "Harbor Times", [text], claim_kwargs={0: {"dates": (week,)}})
    b = make_analysis("b", "Coast Courier", [text], day=2, claim_kwargs={0: {"dates": (same_day,)}})
    c = make_analysis("c", "Bay Herald", [text], day=3, claim_kwargs={0: {"dates": (other,)}})
    recon = reconcile(_story(a, b), [a, b], [], ReconcileParams())
    assert recon.facts[0].conflicts == ()
    recon = reconcile(_story(b, c), [b, c], [], ReconcileParams())
    assert [x.kind for x in recon.facts[0].conflicts] == [ConflictKind.DATE]


def test_negation_conflict():
    a = make_analysis("a", "Harbor Times", ["The minister resigned from the fisheries cabinet."])
    b = make_analysis(
        "b",
        "Coast Courier",
        ["The minister resigned from the fisheries cabinet."],
        day=2,
        claim_kwargs={0: {"negated": True}},
    )
    recon = reconcile(_story(a, b), [a, b], [], ReconcileParams())
    assert [c.kind for c in recon.facts[0].conflicts] == [ConflictKind.NEGATION]
    assert recon.facts[0].status is FactStatus.CONFLICTING


def test_modality_difference_is_reported_without_changing_status():
    a = make_analysis(
        "a",
        "Harbor Times",
        ["Dredging of the channel will begin in April."],
        claim_kwargs={0: {"modality": Modality.FUTURE}},
    )
    b = make_analysis(
        "b",
        "Coast Courier",
        ["Dredging of the channel could begin in April."],
        day=2,
        claim_kwargs={0: {"modality": Modality.POSSIBLE}},
    )
    recon = reconcile(_story(a, b), [a, b], [], ReconcileParams())
    fact = recon.facts[0]
    assert [c.kind for c in fact.conflicts] == [ConflictKind.MODALITY]
    assert fact.status is FactStatus.CORROBORATED


def test_entity_conflict_needs_entities_unknown_to_the_other_article():
    a = make_analysis(
        "a",
        "Harbor Times",
        ["The contract went to the Orlen shipyard yesterday."],
        claim_kwargs={0: {"entities": ("orlen",)}},
        mentions=[("Orlen", EntityKind.ORGANIZATION)],
    )
    b = make_analysis(
        "b",
        "Coast Courier",
        ["The contract went to the Varna shipyard yesterday."],
        day=2,
        claim_kwargs={0: {"entities": ("varna",)}},
        mentions=[("Varna", EntityKind.ORGANIZATION)],
    )
    recon = reconcile(_story(a, b), [a, b], [], ReconcileParams())
    assert [c.kind for c in recon.facts[0].conflicts] == [ConflictKind.ENTITY]


def test_outlets_repeating_one_scoop_count_once():
    scoop = "The port authority plans to sell the container terminal to a private operator."
    origin = make_analysis("h", "Bay Herald", [scoop])
    repeat1 = make_analysis(
        "r1", "Coast Courier", [scoop], day=2, attributions=[(0, "Bay Herald", SourceKind.OUTLET)]
    )
    repeat2 = make_analysis(
        "r2", "Harbor Times", [scoop], day=3, attributions=[(0, "Bay Herald", SourceKind.OUTLET)]
    )
    recon = reconcile(
        _story(origin, repeat1, repeat2), [origin, repeat1, repeat2], [], ReconcileParams()
    )
    fact = recon.facts[0]
    assert len(fact.support) == 3
    assert fact.origins == ("bay herald",)
    assert fact.independent_support == 1
    assert fact.status is FactStatus.CORROBORATED


def test_an_article_that_credits_an_outlet_relays_its_other_facts():
    """Crediting the Herald once, then restating its story, relays the Herald."""
    scoop = "The port authority plans to sell the container terminal to a private operator."
    detail = "Three shipping groups from Norvell have already shown interest in bidding."
    other = "Dockworkers staged a short protest on the quayside in Brannock on Monday."
    herald = make_analysis("h", "Bay Herald", [scoop, detail])
    relay = make_analysis(
        "r",
        "Coast Courier",
        [scoop, detail, other],
        day=2,
        attributions=[(0, "Bay Herald", SourceKind.OUTLET)],
    )
    recon = reconcile(_story(herald, relay), [herald, relay], [], ReconcileParams())
    assert _fact_with(recon, "r", "shown interest").origins == ("bay herald",)
    # a fact the Herald does not state stays the Courier's own
    assert _fact_with(recon, "r", "staged a short protest").origins == ("coast courier",)


def test_a_shortened_source_name_is_the_one_fuller_name_of_the_story():
    said = "Some 600 homes near the chemical plant were evacuated overnight."
    short = make_analysis(
        "a", "Bay Herald", [said], attributions=[(0, "Fire Service", SourceKind.ORGANIZATION)]
    )
    full = make_analysis(
        "b",
        "Coast Courier",
        [said],
        day=2,
        attributions=[(0, "Brennmoor Fire Service", SourceKind.ORGANIZATION)],
    )
    recon = reconcile(_story(short, full), [short, full], [], ReconcileParams())
    (fact,) = recon.facts
    assert fact.origins == ("brennmoor fire service",)
    assert fact.independent_support == 1
    # With two fuller names the short one could be either: it stays apart.
    other = make_analysis(
        "c",
        "Harbor Times",
        ["Crews from the county fire service cleared the roads."],
        day=3,
        attributions=[(0, "County Fire Service", SourceKind.ORGANIZATION)],
    )
    recon = reconcile(_story(short, full, other), [short, full, other], [], ReconcileParams())
    shared = next(f for f in recon.facts if len(f.support) == 2)
    assert shared.origins == ("brennmoor fire service", "fire service")


def test_a_credit_to_an_outlet_is_followed_to_the_sources_that_outlet_credits():
    said = "Nine people were taken to hospital after the ferry ran aground."
    herald = make_analysis(
        "h", "Bay Herald", [said], attributions=[(0, "Ambulance Service", SourceKind.ORGANIZATION)]
    )
    repeat = make_analysis(
        "r", "Coast Courier", [said], day=2, attributions=[(0, "Bay Herald", SourceKind.OUTLET)]
    )
    recon = reconcile(_story(herald, repeat), [herald, repeat], [], ReconcileParams())
    (fact,) = recon.facts
    assert fact.origins == ("ambulance service",)
    assert fact.independent_support == 1
    # Credits that go round in a loop keep both outlets.
    loop = make_analysis(
        "h", "Bay Herald", [said], attributions=[(0, "Coast Courier", SourceKind.OUTLET)]
    )
    recon = reconcile(_story(loop, repeat), [loop, repeat], [], ReconcileParams())
    assert recon.facts[0].origins == ("bay herald", "coast courier")


def test_an_act_credits_its_actor_with_no_origin():
    text = "The port authority rejected the offer from the private operator."

    def reported(article_id: str, outlet: str, *, statement: bool) -> AnalyzedArticle:
        analysis = make_analysis(
            article_id,
            outlet,
            [text],
            day=int(article_id[-1]),
            attributions=[(0, "Port Authority", SourceKind.ORGANIZATION)],
        )
        acts = tuple(replace(a, statement=statement) for a in analysis.attributions)
        return replace(analysis, attributions=acts)

    stated = [
        reported("s1", "Bay Herald", statement=True),
        reported("s2", "Coast Courier", statement=True),
    ]
    acted = [
        reported("a1", "Bay Herald", statement=False),
        reported("a2", "Coast Courier", statement=False),
    ]
    # "the port authority said ..." traces both articles to the port authority
    fact = reconcile(_story(*stated), stated, [], ReconcileParams()).facts[0]
    assert (fact.origins, fact.independent_support) == (("port authority",), 1)
    # "the port authority rejected ..." is each outlet's own report of an act
    recon = reconcile(_story(*acted), acted, [], ReconcileParams())
    fact = recon.facts[0]
    assert (fact.origins, fact.independent_support) == (("bay herald", "coast courier"), 2)
    assert recon.attributions == ()
    assert not any(e.relation.startswith("credits_") for e in recon.provenance)


def test_copy_never_counts_as_independent():
    text = "The ferry company cancelled all crossings for the weekend because of the gale."
    original = make_analysis("o", "Wire Service", [text])
    copy = make_analysis("c", "Coast Courier", [text], day=2)
    link = CopyLink("c", "o", 0.97)
    recon = reconcile(_story(original, copy), [original, copy], [link], ReconcileParams())
    fact = recon.facts[0]
    assert fact.status is FactStatus.SINGLE_SOURCE
    assert fact.independent_support == 1
    assert [s.is_copy for s in fact.support] == [False, True]
    assert recon.timeline[1].copy_of == "o"
    assert any(e.relation == "copy_of" for e in recon.provenance)


def test_anonymous_sources_are_absorbed_by_a_named_source_of_the_same_article():
    text = "The union demanded a wage rise of ten percent for dock workers."
    a = make_analysis("a", "Bay Herald", [text])
    b = make_analysis(
        "b",
        "Coast Courier",
        [text, text.replace("demanded", "asked for")],
        day=2,
        attributions=[(0, "Bay Herald", SourceKind.OUTLET), (1, "sources", SourceKind.ANONYMOUS)],
    )
    recon = reconcile(_story(a, b), [a, b], [], ReconcileParams())
    fact = recon.facts[0]
    assert fact.origins == ("bay herald",)


def test_quote_groups_match_truncated_wordings_and_diff():
    full = "We will not reopen the terminal until the inspectors are satisfied, not a day sooner"
    short = "We won't reopen the terminal until the inspectors are satisfied"
    a = make_analysis(
        "a", "Bay Herald", ["Something happened at the port."], quotes=[(full, "mara voss")]
    )
    b = make_analysis(
        "b",
        "Coast Courier",
        ["Something else happened."],
        day=2,
        quotes=[(short, "mara voss"), ("Completely unrelated words spoken here", None)],
    )
    recon = reconcile(_story(a, b), [a, b], [], ReconcileParams())
    group = recon.quotes[0]
    assert [v.article_id for v in group.variants] == ["a", "b"]
    assert group.identical is False
    assert group.speaker_key == "mara voss"
    ops = {chunk.op.value for chunk in group.variants[1].diff}
    assert "equal" in ops and ops & {"replace", "delete"}
    assert len(recon.quotes) == 2


def test_identical_quotes_and_different_speakers():
    words = "The harbour will be open again by Friday"
    a = make_analysis("a", "Bay Herald", ["x happened."], quotes=[(words, "ana")])
    b = make_analysis("b", "Coast Courier", ["y happened."], day=2, quotes=[(words, "ana")])
    c = make_analysis("c", "Harbor Times", ["z happened."], day=3, quotes=[(words, "ben")])
    recon = reconcile(_story(a, b, c), [a, b, c], [], ReconcileParams())
    first = recon.quotes[0]
    assert first.identical is True
    assert {v.article_id for v in first.variants} == {"a", "b"}


def test_a_short_quote_groups_only_with_the_same_named_speaker():
    a = make_analysis("a", "Bay Herald", ["x happened."], quotes=[("unacceptable", "ana")])
    b = make_analysis("b", "Coast Courier", ["y happened."], day=2, quotes=[("unacceptable", None)])
    c = make_analysis("c", "Harbor Times", ["z happened."], day=3, quotes=[("Unacceptable", "ana")])
    recon = reconcile(_story(a, b, c), [a, b, c], [], ReconcileParams())
    grouped = [sorted(v.article_id for v in g.variants) for g in recon.quotes]
    assert sorted(grouped) == [["a", "c"], ["b"]]


def test_coverage_and_timeline():
    a = make_analysis("a", "Bay Herald", ["The bridge over the river Sava collapsed overnight."])
    b = make_analysis(
        "b",
        "Coast Courier",
        [
            "Overnight the bridge over the river Sava collapsed.",
            "Engineers had warned about corrosion of the bridge cables for years.",
        ],
        day=2,
    )
    recon = reconcile(_story(a, b), [a, b], [], ReconcileParams())
    cov = {c.article_id: c for c in recon.coverage}
    assert len(cov["b"].included) == 2
    assert len(cov["a"].included) == 1 and len(cov["a"].omitted) == 1
    assert [t.article_id for t in recon.timeline] == ["a", "b"]
    assert len(recon.timeline[0].first_reports) == 1


def test_a_figure_stated_by_both_wordings_is_not_a_conflict():
    a = make_analysis(
        "a",
        "Harbor Times",
        ["A further 23 people were taken to hospital, four of them badly hurt."],
        claim_kwargs={0: {"numbers": ((23.0, "people"), (4.0, ""))}},
    )
    b = make_analysis(
        "b",
        "Coast Courier",
        ["Another 23 were taken to hospital, the hospital said."],
        day=2,
        claim_kwargs={0: {"numbers": ((23.0, ""),)}},
    )
    recon = reconcile(_story(a, b), [a, b], [], ReconcileParams(embeddings="none"))
    fact = _fact_with(recon, "a", "hospital")
    assert fact.conflicts == ()


def _related_story():
    a = make_analysis(
        "a",
        "Harbor Times",
        [
            "The storm damaged the cranes at the northern pier of the harbour.",
            "The town council approved a new budget for the school library.",
        ],
        day=1,
    )
    b = make_analysis(
        "b",
        "Coast Courier",
        [
            "Engineers said repairs to the pier cranes will take a month.",
            "A bakery on Mill Street won a regional prize for its rye bread.",
        ],
        day=2,
    )
    return a, b


def test_facts_of_one_event_are_related_and_others_are_not():
    a, b = _related_story()
    params = ReconcileParams(embeddings="none", related_threshold=0.15)
    recon = reconcile(_story(a, b), [a, b], [], params)
    damage, repairs = _fact_with(recon, "a", "storm"), _fact_with(recon, "b", "repairs")
    assert damage is not repairs  # different statements stay apart ...
    assert repairs.id in damage.related and damage.id in repairs.related  # ... but related
    budget, bakery = _fact_with(recon, "a", "budget"), _fact_with(recon, "b", "bakery")
    assert budget.related == () and bakery.related == ()
    assert all(fact.id not in fact.related for fact in recon.facts)


def test_related_threshold_at_the_same_threshold_relates_nothing():
    a, b = _related_story()
    params = ReconcileParams(embeddings="none", related_threshold=0.42, same_threshold=0.42)
    recon = reconcile(_story(a, b), [a, b], [], params)
    assert all(fact.related == () for fact in recon.facts)


def test_related_threshold_above_the_same_threshold_is_refused():
    with pytest.raises(ConfigError, match="related_threshold"):
        ReconcileParams(same_threshold=0.3, related_threshold=0.5)
