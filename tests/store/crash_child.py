"""The child process of the crash test: stores batches of articles, reporting each commit.

Run as ``python -m tests.store.crash_child URL TOTAL BATCH``; after each batch is
committed it prints ``committed FIRST END`` (article numbers ``FIRST`` to ``END - 1``).
"""

from __future__ import annotations

import sys

from corrobora.store import open_store
from tests.store.records import make_analysis


def article_id(number: int) -> str:
    return f"crash{number:06d}"


def main(url: str, total: int, batch: int) -> None:
    with open_store(url) as store:
        for first in range(0, total, batch):
            end = min(total, first + batch)
            text = "Dock workers walked out at the harbour, the union said. "
            store.add_analyses(
                [
                    make_analysis(article_id(n), "Wire", f"{text * 12}Item {n}.")
                    for n in range(first, end)
                ]
            )
            print(f"committed {first} {end}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
