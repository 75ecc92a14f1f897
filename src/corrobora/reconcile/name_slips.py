"""One person's name typed with a slip: "Jerymayne Timmons" beside "Jermayne Timmons".

An outlet may type a given name with a letter added, dropped, doubled or two letters
swapped. With the surname the same and a given name long enough to be no other
common name one keystroke away, the two spellings name one person. A slip at the end
of the name is left out ("Daniel", "Daniela" are two names), as is one at its first
letter, which makes other names ("Jason", "Mason").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

#: The fewest letters a given name needs for a one-letter slip to be read as one.
MIN_SLIPPED = 5


def _dropped(short: str, long: str) -> bool:
    """True when ``long`` is ``short`` with one letter added inside it (not first, not last)."""
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1)
    )


def _swapped(first: str, second: str) -> bool:
    """True when two words differ by two neighbouring letters swapped, the first kept."""
    if len(first) != len(second) or first[0] != second[0]:
        return False
    apart = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and first[apart[0]] == second[apart[1]]
        and first[apart[1]] == second[apart[0]]
    )


def slipped_word(first: str, second: str) -> bool:
    """True when two given names are one typed with a slip (see the module's docstring)."""
    if first == second or min(len(first), len(second)) < MIN_SLIPPED:
        return False
    short, long = sorted((first, second), key=len)
    return _dropped(short, long) or _swapped(first, second)


def slipped_name(first: Sequence[str], second: Sequence[str]) -> bool:
    """True when two full names share the surname and differ by a slip in one given name."""
    if len(first) < 2 or len(first) != len(second) or first[-1] != second[-1]:
        return False
    apart = [(a, b) for a, b in zip(first[:-1], second[:-1], strict=True) if a != b]
    return len(apart) == 1 and slipped_word(*apart[0])


def named_together(groups: Iterable[Collection[str]]) -> set[frozenset[str]]:
    """The pairs of keys one article names both of: there, two people, not two spellings."""
    pairs: set[frozenset[str]] = set()
    for keys in groups:
        ordered = sorted(set(keys))
        pairs.update(frozenset((a, b)) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return pairs


def _one_keystroke(first: str, second: str) -> bool:
    """True when two words are one letter changed, added, dropped or swapped apart."""
    if abs(len(first) - len(second)) > 1 or first == second:
        return False
    short, long = sorted((first, second), key=len)
    if len(short) < len(long):
        return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
    apart = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    return len(apart) == 1 or _swapped(first, second)


def spelt_alike(first: Sequence[str], second: Sequence[str]) -> bool:
    """True when two names differ by one keystroke in one word: one name typed two ways."""
    if len(first) != len(second):
        return False
    apart = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    return len(apart) == 1 and _one_keystroke(*apart[0])


def usual_spelling(names: Sequence[str], fullest: str, uses: Mapping[str, int]) -> str:
    """The spelling of one person to key him by: the one the story uses most.

    ``fullest`` is kept unless a spelling typed one keystroke apart from it is used
    more often: four outlets' "Jermayne" over one outlet's "Jerymayne", however long.
    """
    best = fullest
    for name in names:
        if uses.get(name, 0) > uses.get(best, 0) and spelt_alike(name.split(), fullest.split()):
            best = name
    return best
