"""One client's counsel is one origin however the client and the lawyer are named."""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def test_a_clients_lawyer_named_in_full_and_by_surname_is_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harrow Gazette", "2027-05-14T18:00:00Z",
        "The founder of Tollgate was sentenced to nine years in prison on Friday.\n\n"
        "Solberg's lawyer, Ilan Brask, said she would appeal the sentence. \"The sentence "
        'is far too harsh for Ms Solberg," Brask said.',
        title="Solberg to appeal nine-year sentence",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Lindqvist News", "2027-05-14T19:00:00Z",
        "Mira Solberg, the founder of Tollgate, was sentenced to nine years in prison on "
        "Friday.\n\n"
        "Mira Solberg's lawyer said on Friday that she would appeal the sentence.",
        title="Tollgate founder gets nine years",
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Valby Radio", "2027-05-14T20:00:00Z",
        "Mira Solberg was sentenced to nine years in prison on Friday.\n\n"
        "Defence lawyer Ilan Brask said Solberg would appeal the sentence.\n\n"
        "The defence put the losses at 40 million crowns.",
        title="Solberg sentenced",
    )  # fmt: skip
    fact = fact_with(tmp_path, "would appeal")
    assert len(fact.support) == 3
    assert len(fact.origins) == 1  # the lawyer speaks for the defence, named or not
