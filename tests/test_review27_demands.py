"""A figure someone seeks is no figure of what is offered or given.

"Brannock Ferries said it had offered a 5 percent pay rise, while the union is
seeking 7 percent": the union's 7 percent is its demand, weighed only against
demands ("the union wants 7 percent"), never against the company's offer.
"""

from __future__ import annotations

from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.reconcile.figures import DEMAND, claim_figures
from corrobora.settings import DEFAULT_MODEL

from .extract.conftest import build_article
from .reconcile.conftest import counted


def _roles(text: str) -> list[str]:
    quantities = find_quantities(parse(text, DEFAULT_MODEL), build_article(text))
    claim = counted("a", text, *((q.text, q.value, q.unit) for q in quantities))
    return [f.role for f in claim_figures(claim)]


def test_a_sought_figure_has_the_demand_role() -> None:
    roles = _roles(
        "Brannock Ferries said it had offered a 5 percent pay rise, while the union is "
        "seeking 7 percent."
    )
    assert roles == ["", DEMAND]
    assert _roles("The union said that was short of the 7 percent its members wanted.") == [DEMAND]


def test_a_plan_is_no_demand() -> None:
    assert _roles("The company wants to cut 300 jobs.") == [""]
    assert _roles("About 7 percent of voters wanted a recount.") == [""]
