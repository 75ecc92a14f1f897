"""Two reports of one plan for "this week", written on a Sunday and on the Monday after.

On a Sunday "this week" of an act ahead is the week that begins the next day, so the
two reports date the return alike and agree.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import FactStatus
from tests.stories import fact_with, write_article


def test_this_week_on_a_sunday_and_a_monday_is_no_date_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harbor Ledger", "2026-05-17T18:11:00-05:00",
        "The Harriers beat the Falcons 24-17 on Sunday to reach the playoffs. Coach Ines "
        "Barra is expected to rejoin the Harriers this week after treatment for a heart "
        "condition.", title="Harriers beat Falcons to reach playoffs",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Riverbend Times", "2026-05-18T04:33:00-05:00",
        "The Harriers reached the playoffs with a 24-17 win over the Falcons on Sunday. "
        "Harriers coach Ines Barra, who has been treated for a heart condition, plans to "
        "rejoin the team this week.", title="Harriers reach playoffs with win over Falcons",
    )  # fmt: skip
    fact = fact_with(tmp_path, "rejoin")
    assert not [c for c in fact.conflicts if c.kind == "date"]
    assert fact.status is not FactStatus.CONFLICTING
