"""Who an act is done to: one person spelt two ways, and the people a credit names.

"the body of Tomas Vell" and "the body of Tomas Velle" name one man spelt two ways:
one act, left to the conflicts, not two acts on two people. The people a claim's
credit names ("producers Lida Vance and Omar Kell announced") said something; the act
was not done to them.
"""

from __future__ import annotations

from dataclasses import replace

from corrobora.model import Attribution, Claim, SourceKind, Span
from corrobora.reconcile import two_acts
from corrobora.reconcile.acts import _acted_on, one_act_on_other_people

from .conftest import make_claim

_PEOPLE = frozenset(
    {"tomas vell", "tomas velle", "tomas vance", "tobin marsh", "lida vance", "omar kell"}
)


def _recovered(article_id: str, name: str) -> Claim:
    return make_claim(
        article_id, f"Rescuers recovered the body of {name} from the ridge on Friday.", 0,
        entities=(name.casefold(),), predicate="recover",
    )  # fmt: skip


def test_one_name_spelt_two_ways_is_one_person_acted_on() -> None:
    vell, velle = _recovered("a", "Tomas Vell"), _recovered("b", "Tomas Velle")
    assert not one_act_on_other_people(vell, velle, _PEOPLE)
    assert not two_acts(vell, velle, people=_PEOPLE)


def test_two_names_more_than_a_keystroke_apart_are_still_two_people() -> None:
    vell, vance = _recovered("a", "Tomas Vell"), _recovered("b", "Tomas Vance")
    assert one_act_on_other_people(vell, vance, _PEOPLE)
    assert two_acts(vell, vance, people=_PEOPLE)


def test_the_people_a_credit_names_are_not_acted_on() -> None:
    text = "The academy picked Tobin Marsh to host, producers Lida Vance and Omar Kell said."
    plain = make_claim(
        "a", text, 0, entities=("academy", "tobin marsh", "lida vance", "omar kell"),
        predicate="pick",
    )  # fmt: skip
    source = "producers Lida Vance and Omar Kell"
    credit = Attribution(
        article_id="a",
        span=Span(text.index(source), len(text) - 1),
        content=Span(0, text.index(",")),
        source=source,
        source_key="lida vance",
        kind=SourceKind.PERSON,
        cue="said",
    )
    credited = replace(plain, attribution=credit)
    assert _acted_on(credited, _PEOPLE) == {"tobin marsh"}
    # a credit to one of them alone still leaves the other named as acted on
    alone = replace(credit, source="producer Lida Vance")
    assert _acted_on(replace(plain, attribution=alone), _PEOPLE) == {"tobin marsh", "omar kell"}
