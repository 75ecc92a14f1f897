"""Disputes and updates (review 22): rival sources of one article, reversals, deadlines."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import Claim, Conflict, ConflictKind, ConflictNature
from corrobora.reconcile.conflicts import fact_conflicts
from corrobora.reconcile.origins import described_organizations, story_affiliations
from corrobora.settings import Settings

from .stories import write_article

_OUTAGE = "Storm leaves Orvala without power"


def _claims_with(folder: Path, words: str) -> list[Claim]:
    """The claims of the articles in ``folder`` that hold ``words``, in article order."""
    analyses, _ = api.analyze_files(sorted(folder.glob("*.txt")), Settings())
    analyses.sort(key=lambda a: a.article.published or 0)
    return [c for a in analyses for c in a.claims if words in c.text]


def _conflicts(folder: Path, words: str) -> tuple[Conflict, ...]:
    """The conflicts among the claims of ``folder`` that hold ``words``, as one fact."""
    analyses, _ = api.analyze_files(sorted(folder.glob("*.txt")), Settings())
    published = {a.article.id: a.article.published for a in analyses}
    speaks_for = story_affiliations(analyses, described_organizations(analyses))
    return fact_conflicts(_claims_with(folder, words), {}, {}, published, speaks_for=speaks_for)


def test_two_sources_of_one_article_giving_rival_figures_of_one_moment_conflict(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", "Tessary Gazette", "2027-02-03T09:00:00Z",
        "Brannock Grid said 52,000 homes were without power at 8 a.m. on Wednesday. "
        "The Orvala Utilities Board said 87,000 homes were without power at 8 a.m., "
        "citing figures from distributors.\n\nA pylon collapsed near Tessary.",
        title=_OUTAGE,
    )  # fmt: skip
    (number,) = [c for c in _conflicts(tmp_path, "homes") if c.kind is ConflictKind.NUMBER]
    assert number.nature is ConflictNature.DISAGREEMENT
    assert "52,000" in number.detail and "87,000" in number.detail


def test_two_sources_of_one_article_at_two_moments_are_not_weighed(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Tessary Gazette", "2027-02-03T09:00:00Z",
        "Brannock Grid said 52,000 homes were without power at 8 a.m. on Wednesday. "
        "The Orvala Utilities Board said 87,000 homes were without power at 11 a.m., "
        "citing figures from distributors.\n\nA pylon collapsed near Tessary.",
        title=_OUTAGE,
    )  # fmt: skip
    assert len(_claims_with(tmp_path, "homes")) == 2
    assert not [c for c in _conflicts(tmp_path, "homes") if c.kind is ConflictKind.NUMBER]


def _talks(folder: Path, later: str) -> None:
    write_article(
        folder, "a.txt", "Holmbury Wire", "2027-05-10T09:00:00Z",
        "Corvath Mills is not in talks about selling its Dunmere plant, the company said "
        "on Monday.", title="Corvath Mills plant sale",
    )  # fmt: skip
    write_article(
        folder, "b.txt", "Tarnby Radio", "2027-05-11T15:00:00Z", later,
        title="Corvath Mills plant sale",
    )  # fmt: skip


def test_a_source_confirming_what_it_denied_the_day_before_reversed_itself(
    tmp_path: Path,
) -> None:
    _talks(
        tmp_path,
        "Corvath Mills on Tuesday confirmed that it is in talks about selling its Dunmere plant.",
    )
    (negation,) = [c for c in _conflicts(tmp_path, "talks") if c.kind is ConflictKind.NEGATION]
    assert negation.nature is ConflictNature.UPDATE
    assert negation.detail == "Corvath Mills denied it, later confirmed it"
    assert "is not in talks" in negation.values[0].text


def test_another_source_confirming_what_one_denied_still_disputes_it(tmp_path: Path) -> None:
    _talks(
        tmp_path,
        "The Dunmere Workers Union on Tuesday said that Corvath Mills is in talks about "
        "selling its Dunmere plant.",
    )
    (negation,) = [c for c in _conflicts(tmp_path, "talks") if c.kind is ConflictKind.NEGATION]
    assert negation.nature is ConflictNature.DISAGREEMENT


def _inquiry(folder: Path, first: str, second: str) -> None:
    write_article(folder, "a.txt", "Holmbury Wire", "2027-08-02T09:00:00Z", first, title="Dam")
    write_article(folder, "b.txt", "Tarnby Radio", "2027-08-02T15:00:00Z", second, title="Dam")


def test_two_days_a_report_is_due_on_conflict(tmp_path: Path) -> None:
    _inquiry(
        tmp_path,
        "The Orvala Water Board said its inquiry into the dam breach would publish its "
        "findings by October 9.",
        "The Orvala Water Board said its inquiry into the dam breach would report by October 2.",
    )
    (dated,) = [c for c in _conflicts(tmp_path, "Water Board") if c.kind is ConflictKind.DATE]
    assert "October 9" in dated.detail and "October 2" in dated.detail


def test_two_days_an_act_is_done_by_do_not_conflict(tmp_path: Path) -> None:
    _inquiry(
        tmp_path,
        "The Orvala Water Board said it would drain the reservoir by October 9.",
        "The Orvala Water Board said it would drain the reservoir by October 2.",
    )
    assert len(_claims_with(tmp_path, "Water Board")) == 2
    assert not [c for c in _conflicts(tmp_path, "Water Board") if c.kind is ConflictKind.DATE]


def test_a_count_given_as_the_level_a_later_count_rose_from_is_updated(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Holmbury Wire", "2027-09-14T09:00:00Z",
        "Four hikers suffered minor injuries in the rockfall, according to the Tarnby "
        "mountain rescue team.", title="Rockfall on Orvala ridge",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tarnby Radio", "2027-09-15T10:00:00Z",
        "Nine people were injured in the rockfall, the park authority said, up from the "
        "four minor injuries reported by the rescue team on Tuesday.",
        title="Rockfall on Orvala ridge",
    )  # fmt: skip
    (number,) = [c for c in _conflicts(tmp_path, "rockfall") if c.kind is ConflictKind.NUMBER]
    assert number.nature is ConflictNature.UPDATE
    assert "Four hikers" in number.values[0].text
    assert number.detail.startswith("4 ") and "later 9" in number.detail


def _outage_cause(folder: Path, later: str) -> None:
    write_article(
        folder, "a.txt", "Holmbury Wire", "2027-03-04T09:00:00Z",
        "The blackout may have been caused by a cyberattack, two people familiar with the "
        "inquiry told Holmbury Wire.", title="Orvala blackout",
    )  # fmt: skip
    write_article(folder, "b.txt", "Tarnby Radio", "2027-03-05T10:00:00Z", later,
                  title="Orvala blackout")  # fmt: skip


def test_no_evidence_of_a_cause_denies_that_cause(tmp_path: Path) -> None:
    _outage_cause(
        tmp_path,
        "Brannock Grid spokesman Ivo Saltern said engineers had checked the control system. "
        '"There is no evidence of a cyberattack," he said.',
    )
    claims = _claims_with(tmp_path, "cyberattack")
    (negation,) = [
        c for c in _conflicts(tmp_path, "cyberattack") if c.kind is ConflictKind.NEGATION
    ]
    assert negation.nature is ConflictNature.DISAGREEMENT
    assert len(claims) == 2


def test_no_evidence_of_another_thing_denies_no_cause(tmp_path: Path) -> None:
    _outage_cause(
        tmp_path,
        "Brannock Grid spokesman Ivo Saltern said engineers had checked the control system. "
        '"There is no evidence of a fire," he said.',
    )
    claims = [c for c in _claims_with(tmp_path, "") if "evidence" in c.text or "caused" in c.text]
    published = {c.article_id: None for c in claims}
    found = fact_conflicts(claims, {}, {}, published)
    assert len(claims) == 2
    assert not [c for c in found if c.kind is ConflictKind.NEGATION]


def test_a_british_date_set_off_by_commas_is_weighed(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Holmbury Wire", "2027-06-15T18:00:00+02:00",
        "Keldor Air flight KD512 from Hollinmoor made an emergency landing at Tarnby "
        "Airport on Tuesday afternoon after its left engine failed.",
        title="Jet makes emergency landing at Tarnby",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tarnby Radio", "2027-06-15T20:00:00+02:00",
        "Keldor Air flight KD512 from Hollinmoor made an emergency landing at Tarnby "
        "Airport on Monday, 14 June, after its left engine failed.",
        title="Passengers recount terror on flight",
    )  # fmt: skip
    (dated,) = [c for c in _conflicts(tmp_path, "landing") if c.kind is ConflictKind.DATE]
    assert "Tuesday" in dated.detail and "Monday" in dated.detail


def test_two_acts_told_in_other_orders_date_two_events(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Holmbury Wire", "2027-06-17T18:00:00Z",
        "Pellan Airways came under pressure on Thursday after its flight PL207 was diverted.",
        title="PL207",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Tarnby Radio", "2027-06-17T20:00:00Z",
        "Flight PL207 was diverted on Tuesday, and Pellan Airways came under pressure.",
        title="PL207",
    )  # fmt: skip
    assert not [c for c in _conflicts(tmp_path, "PL207") if c.kind is ConflictKind.DATE]
