"""One sum of money named by one word, however the rest of each sentence runs.

"Judge Miriam Osterholt also fined him 250,000 crowns" and "Renwick was sentenced to
six years in prison and a fine of 520,000 crowns" (a clause split from a longer
sentence, which keeps that sentence's subject and verb among its terms) share little
beyond the word that names the amount: the split clause scores closer to the prison
term than to the other fine, and the two fines, which differ, are never weighed.

Two claims of different articles are taken as one amount when each gives one sum of
money as a level, in the same currency, and the word just
before each figure that names it is the same ("fined him", "a fine of"; inflections and
the synonyms of :mod:`corrobora.align.synonyms` are one word). Words that name no
particular amount (a verb of having, saying, paying or changing; a preposition) do not
count, so "paid 2 million" and "paid 5 million" stay apart; what the sum is paid as,
written right after it, names it then: "to pay 340 million crowns in restitution" and
"to repay 314 million crowns to investors" name one sum.

One payment is one sum too, whether a noun names it a fee or the verb "pay" tells
it: "agreed a record fee of 92 million with Dunmere for Velder" and "will pay Dunmere
88 million for Velder" give one sum when the payer, the first name written, is the
same and the names after "for" (what is bought) meet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..align.synonyms import synonym_term
from ..model import Claim, Quantity
from .figures import claim_figures, is_money, owners_meet, sole_level, unit_kind

__all__ = ["UNNAMING", "one_named_amount", "term_before"]

_WORD = re.compile(r"[^\W\d_]+")
#: How many words before a figure may name it ("fined him", "a fine of about").
_WINDOW = 4
#: Lemmas that name no particular amount or measure: having, giving, saying, changing,
#: totals, the small words about a figure.
UNNAMING = frozenset(
    {
        "be",
        "have",
        "say",
        "tell",
        "put",
        "give",
        "get",
        "make",
        "take",
        "pay",
        "receive",
        "reach",
        "total",
        "worth",
        "set",
        "rise",
        "fall",
        "increase",
        "decrease",
        "drop",
        "climb",
        "jump",
        "cut",
        "add",
        "more",
        "less",
        "than",
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "least",
        "most",
        "over",
        "under",
        "up",
        "down",
        "to",
        "from",
        "by",
        "at",
        "of",
        "in",
        "on",
        "for",
        "with",
        "estimate",
        "number",
        "figure",
        "amount",
        "sum",
        "value",
    }
)


#: What a sum is paid as, right after it and its unit: "340 million crowns in
#: restitution", "50,000 euros as compensation" (group 1, the word that names it).
_PAID_AS = re.compile(r"\s+(?:in|as)\s+(?:(?:a|an|the)\s+)?([^\W\d_]+)")


def _term_of(claim: Claim, word: str) -> str | None:
    """The claim's term ``word`` is written from (the longest), or None."""
    terms = [t for t in claim.terms if len(t) > 2 and word.casefold().startswith(t)]
    return max(terms, key=len) if terms else None


def term_before(claim: Claim, quantity: Quantity) -> str | None:
    """The claim's term nearest before a figure, among the few words before it, or None.

    "a fine of about 2 million": "fine"; "the quake's magnitude at 6.8": "magnitude".
    """
    before = claim.text[: quantity.span.start - claim.span.start]
    words = [w.casefold() for w in _WORD.findall(before)][-_WINDOW:]
    for word in reversed(words):
        term = _term_of(claim, word)
        if term is not None:
            return term
    return None


def _namer(claim: Claim) -> str:
    """The word that names the claim's first figure, "" when none does (see the module).

    The word just before the figure names it ("fined him", "a fine of"); when that word
    names no particular amount ("to pay"), the word the sum is paid as, right after its
    unit ("in restitution"), does.
    """
    first = min(claim.quantities, key=lambda q: q.span.start)
    term = term_before(claim, first)
    if term is None or term in UNNAMING:
        return _paid_as(claim, first)
    return synonym_term(term)


def _paid_as(claim: Claim, figure: Quantity) -> str:
    """The word right after a sum and its unit that says what it is paid as, or ""."""
    after = claim.text[figure.span.end - claim.span.start :]
    unit = re.match(r"\s*" + re.escape(figure.unit) + r"\w*", after) if figure.unit else None
    found = _PAID_AS.match(after, unit.end() if unit is not None else 0)
    term = _term_of(claim, found.group(1)) if found is not None else None
    return "" if term is None or term in UNNAMING else synonym_term(term)


def one_named_amount(a: Claim, b: Claim) -> bool:
    """True when claims of two articles give one amount one word names (see the module).

    Or one payment by one payer for one thing, however worded (:func:`_one_payment`).
    """
    if a.article_id == b.article_id or not a.quantities or not b.quantities:
        return False
    if _one_payment(a, b):
        return True
    first, second = sole_level(a), sole_level(b)
    if first is None or second is None or first.role != second.role:
        return False
    if not is_money(first.unit) or unit_kind(first.unit) != unit_kind(second.unit):
        return False
    if not owners_meet(first, second):
        return False
    namer = _namer(a)
    return bool(namer) and namer == _namer(b)


#: Nouns that name a sum as one paid for something: "a record fee of", "the price of".
_PAYMENT_NOUNS = frozenset({"fee", "price", "payment"})
#: The forms of "pay" that tell a sum after them as paid ("will pay Dunmere 88 million").
_PAY = frozenset({"pay", "pays", "paid", "paying"})
#: What a payment is for, after the sum: "for midfielder Tomas Velder" (up to a comma).
_PAID_FOR = re.compile(r"\bfor\s+([^,;:.]+)", re.IGNORECASE)
#: How far after a sum its "for ..." may begin ("€92 million with Dunmere Athletic for").
_FOR_REACH = 60


def _sole_sum(claim: Claim) -> Quantity | None:
    """The claim's one sum of money given as a level, or None (none, or several)."""
    sums = [
        quantity
        for quantity, figure in zip(claim.quantities, claim_figures(claim), strict=False)
        if is_money(figure.unit) and not (figure.change or figure.earlier)
    ]
    return sums[0] if len(sums) == 1 else None


@lru_cache(maxsize=8192)
def _payment(claim: Claim) -> tuple[str, frozenset[str]] | None:
    """The payer and the names of what is bought, when the claim's sum is a payment.

    The claim's one sum (:func:`_sole_sum`) is a payment when a payment noun names it
    ("a fee of €92 million") or the verb "pay" stands among the few words before it
    ("will pay Dunmere €88 million"); the payer is the first name the claim writes,
    what is bought the names after the "for" that follows the sum. None when any of
    these is missing.
    """
    figure = _sole_sum(claim)
    if figure is None:
        return None
    before = claim.text[: figure.span.start - claim.span.start].casefold()
    paid = _PAY.intersection(_WORD.findall(before)[-_WINDOW:])
    if not paid and term_before(claim, figure) not in _PAYMENT_NOUNS:
        return None
    found = _PAID_FOR.search(claim.text[figure.span.end - claim.span.start :])
    if found is None or found.start() > _FOR_REACH:
        return None
    bought = frozenset(k for k in claim.entity_keys if k in found.group(1).casefold())
    text = claim.text.casefold()
    written = sorted((text.find(k), k) for k in claim.entity_keys if k in text)
    if not bought or not written:
        return None
    return written[0][1], bought


def _one_payment(a: Claim, b: Claim) -> bool:
    """True when both claims give a sum one payer pays for one named thing.

    "Castellane agreed a record fee of €92 million with Dunmere for Tomas Velder" and
    "Castellane will pay Dunmere €88 million for Velder" give one sum, which one names a
    fee and the other tells as paid: the payer and what is bought are the same.
    """
    first, second = _payment(a), _payment(b)
    if first is None or second is None:
        return False
    return first[0] == second[0] and bool(first[1] & second[1]) and _same_currency(a, b)


def _same_currency(a: Claim, b: Claim) -> bool:
    """True when the sums of both claims are of one currency."""
    units = [{f.unit for f in claim_figures(c) if is_money(f.unit)} for c in (a, b)]
    return units[0] == units[1]
