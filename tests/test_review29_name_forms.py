"""One name written with "&" or "and", "St" or "Saint", "Mt" or "Mount" is one name.

"Kessel Fire & Rescue" and "Kessel Fire and Rescue" name one fire service; two reports
that name it each way agree on who arrived. A street's "St" at the end of its name is
no "Saint".
"""

from __future__ import annotations

from corrobora.extract.entities import same_body
from corrobora.reconcile.conflicts import entity_conflict

from .reconcile.conftest import make_claim


def test_ampersand_and_and_are_one_name() -> None:
    a = make_claim(
        "a", "Kessel Fire & Rescue crews arrived and saw flames under the roof.", 0,
        entities=("kessel fire & rescue",),
    )  # fmt: skip
    b = make_claim(
        "b", "Kessel Fire and Rescue crews arrived and saw flames under the roof.", 0,
        entities=("kessel fire and rescue",),
    )  # fmt: skip
    kinds = {"kessel fire & rescue": "organization", "kessel fire and rescue": "organization"}
    keys = {"a": {"kessel fire & rescue"}, "b": {"kessel fire and rescue"}}
    assert entity_conflict(a, b, kinds, keys) is None


def test_saint_and_mount_written_short_are_one_name() -> None:
    assert same_body("st brenna s hospital", "saint brenna s hospital")
    assert same_body("mt varn", "mount varn")
    assert not same_body("orrin st", "orrin saint")
    assert not same_body("kessel fire & rescue", "kessel fire department")
