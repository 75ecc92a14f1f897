"""One name, one term: the entity keys of a story's claims made consistent for alignment.

The entity recognizer does not see every name every time: "Harrowgate Rovers signed
..." may give the words "harrowgate" and "rovers" where another sentence gives the key
"harrowgate rovers", and a later "Harrowgate" or "Menck" names the club or the player
by part of the name. Left as they are, such claims share no term for the name, and two
wordings of one fact may not meet. Within one story:

- a name a claim writes with a capital but the recognizer missed becomes the key
  another claim of the story has for it;
- a key of one word that begins or ends exactly one longer key of the story of the
  same kind ("harrowgate" of "harrowgate rovers", "menck" of "dario menck"), or that
  ends the name of exactly one person (a surname the recognizer took for something
  else), becomes that key.

Two claims of different articles written word for word alike but for one name in one
place ("The study was published in the Harrowgate Journal of Public Health" and "...
in the Brennick Medical Review") state one thing of two names (:func:`one_name_apart`):
few terms in common, but a naming conflict, not two facts.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from ..model import Claim, EntityKind

__all__ = ["StoryNames", "one_name_apart"]

_PERSON = EntityKind.PERSON.value
_WORD = re.compile(r"\w+")
#: The least number of a claim's terms that two claims one name apart must share:
#: "Harrowgate said" and "Brennick said" share a verb, not a statement.
_MIN_SHARED_TERMS = 2


def _fuller(keys: set[str], kinds: Mapping[str, Collection[str]]) -> dict[str, str]:
    """Map each one-word key to the one longer key of its kind that begins or ends with it.

    The kind keeps a place from becoming the outlet or the service named after it
    ("Dravik" against "Radio Dravik").
    """
    longer: dict[str, set[str]] = {}
    for key in keys:
        words = key.split()
        if len(words) > 1:
            longer.setdefault(words[0], set()).add(key)
            longer.setdefault(words[-1], set()).add(key)
    fuller: dict[str, str] = {}
    for short in keys:
        if " " in short:
            continue
        own = set(kinds.get(short, ()))
        found = [
            key
            for key in longer.get(short, ())
            if own & set(kinds.get(key, ())) or _surname_of(short, key, kinds)
        ]
        if len(found) == 1:
            fuller[short] = found[0]
    return fuller


def _surname_of(short: str, key: str, kinds: Mapping[str, Collection[str]]) -> bool:
    """True when ``short`` is the last name of the person ``key``, whatever its own kind.

    The recognizer often takes a bare surname ("..., Falk said") for an organization;
    where "Karin Falk" is a person of the story, "Falk" is she.
    """
    return key.split()[-1] == short and _PERSON in kinds.get(key, ())


def _written_as_name(words: Sequence[str], text: str) -> bool:
    """True when ``text`` holds ``words`` in a row, each starting with a capital."""
    pattern = r"\b" + r"\s+".join(re.escape(word) for word in words) + r"\b"
    return any(
        all(part[:1].isupper() for part in match.group().split())
        for match in re.finditer(pattern, text, re.IGNORECASE)
    )


class StoryNames:
    """The entity keys of a story's claims, and how to read one claim's names by them."""

    def __init__(
        self, claims: Sequence[Claim], kinds: Mapping[str, Collection[str]] | None = None
    ) -> None:
        """Read the names of ``claims``.

        ``kinds`` gives each entity key its kinds ("PERSON", "ORG"); without them no
        short key is read as a longer one.
        """
        keys = {key for claim in claims for key in claim.entity_keys if key}
        self._fuller = _fuller(keys, kinds or {})
        self._by_word: dict[str, list[tuple[str, ...]]] = {}
        for key in sorted(keys, key=lambda k: (-len(k.split()), k)):
            words = tuple(key.split())
            self._by_word.setdefault(words[0], []).append(words)

    def keys_and_words(
        self, claim: Claim, words: Sequence[str]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Return the claim's entity keys (named fully) and its other words.

        ``words`` are the claim's plain terms; those that spell a name of the story
        written with capitals in the claim become that name's key.
        """
        keys = list(claim.entity_keys)
        rest = list(words)
        present = set(rest)
        for word in words:
            for name in self._by_word.get(word, ()):
                if " ".join(name) in keys or not present.issuperset(name):
                    continue
                if _written_as_name(name, claim.text):
                    keys.append(" ".join(name))
                    rest = [w for w in rest if w not in name]
                    present.difference_update(name)
                    break
        named = tuple(dict.fromkeys(self._fuller.get(key, key) for key in keys))
        spelled = {word for key in named for word in key.split()}
        return named, tuple(w for w in rest if w not in spelled)


def one_name_apart(a: Claim, b: Claim) -> bool:
    """True when two claims of different articles differ only in one name, in one place.

    Their words, in order, are the same but for one stretch that is a whole name of
    each (and not a name the other claim also gives), and they share at least
    :data:`_MIN_SHARED_TERMS` of their terms besides it: one statement, which names
    two different things.
    """
    if a.article_id == b.article_id:
        return False
    keys_a, keys_b = set(a.entity_keys), set(b.entity_keys)
    only_a, only_b = keys_a - keys_b, keys_b - keys_a
    if not only_a or not only_b:  # cheap tests first: this runs for every candidate pair
        return False
    words_a, words_b = _words(a.text), _words(b.text)
    if not set(words_a) ^ set(words_b) <= {w for key in only_a | only_b for w in key.split()}:
        return False  # a word besides the names differs
    blocks = [op for op in _opcodes(words_a, words_b) if op[0] != "equal"]
    if len(blocks) != 1 or blocks[0][0] != "replace":
        return False
    _, i1, i2, j1, j2 = blocks[0]
    name_a, name_b = " ".join(words_a[i1:i2]), " ".join(words_b[j1:j2])
    if name_a not in only_a or name_b not in only_b:
        return False
    named = set(words_a[i1:i2]) | set(words_b[j1:j2])
    shared = (set(a.terms) & set(b.terms)) - named
    return len(shared) >= _MIN_SHARED_TERMS


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """The words of a text, casefolded, without its punctuation (read once per wording)."""
    return tuple(_WORD.findall(text.casefold()))


def _opcodes(a: Sequence[str], b: Sequence[str]) -> Sequence[tuple[str, int, int, int, int]]:
    """How word list ``a`` turns into ``b``: runs of equal, replaced, added, dropped words."""
    return SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
