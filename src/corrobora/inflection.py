"""Whether a word is a lemma or a regular inflection of it, by spelling alone.

Alignment (which words a claim states) and reconciliation (which verbs tell one act)
both ask it; one rule serves both.
"""

from __future__ import annotations

__all__ = ["inflects"]


def inflects(term: str, word: str) -> bool:
    """True when ``word`` is the lemma ``term`` or a regular inflection of it ("declared")."""
    stem = term[:-1] if len(term) > 3 and term[-1] in "ey" else term
    return word.startswith(stem) and len(word) - len(stem) <= 3
