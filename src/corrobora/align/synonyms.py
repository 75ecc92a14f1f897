"""Words news uses for one thing, compared as one term.

Outlets word one fact with different words: "net income" and "net profit", "three
killed" and "three deaths", "acquire" and "the takeover of", "detained" and "arrested".
Claims are compared on lemmas, so each group below is one alignment term, named by its
first word. The groups are small and closed on purpose: each word in them means the
same thing as the others in news copy, whatever else it means elsewhere. Words that also
name something else in news ("fire" a worker, "sale" of goods) are left out.
"""

from __future__ import annotations

__all__ = ["SYNONYM_GROUPS", "synonym_term", "synonym_words"]

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = tuple(
    tuple(words.split())
    for words in (
        # money
        "profit earnings earning income",
        "revenue turnover",
        "shareholder stockholder",
        "company firm",
        "acquire acquisition buy purchase takeover buyout",
        "merge merger",
        "agreement deal accord pact",
        "cut reduce reduction eliminate shed slash axe",
        "job position",
        "rise climb increase jump",
        "fall drop decline slip slide tumble decrease",
        # harm
        "death die dead kill fatality",
        "injure injury injured wound hurt",
        "evacuate evacuation",
        "protester demonstrator marcher",
        "strike walkout stoppage",
        "blaze fire",
        "explosion blast",
        "quake earthquake tremor",
        # courts and police
        "arrest detain detention",
        "jail imprison imprisonment prison",
        "investigate investigation probe inquiry",
        "charge indict indictment",
        # "fined" is lemmatized "fin"
        "fine fin",
        "restitution repay repayment",
        # politics and office
        "lawmaker legislator",
        "resign resignation quit",
        "approve approval",
        "elect election",
        # things
        "car vehicle automobile",
        "plane aircraft airliner",
        "ship vessel",
        "doctor physician",
        "child kid",
    )
)
"""Groups of lemmas that state one thing; the first word names the group."""

_TERM_OF: dict[str, str] = {word: group[0] for group in SYNONYM_GROUPS for word in group}
_GROUP_OF: dict[str, tuple[str, ...]] = {group[0]: group for group in SYNONYM_GROUPS}


def synonym_term(lemma: str) -> str:
    """The term ``lemma`` is compared as: its group's first word, or the lemma itself."""
    return _TERM_OF.get(lemma, lemma)


def synonym_words(term: str) -> tuple[str, ...]:
    """The words ``term`` stands for: its group's words when it names one, else itself.

    A group term is as common as all its words together: "blaze" stands for "fire" too,
    and two claims that share it share a common word, not a rare one.
    """
    return _GROUP_OF.get(term, (term,))
