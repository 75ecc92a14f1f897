"""Errors a request can meet, as an HTTP status and one message for the reader.

Messages never name the server's files: a store's own messages (which carry its path
and command-line hints) are replaced by ones that fit a web reader.
"""

from __future__ import annotations


class Problem(Exception):
    """A request that cannot be answered: the status to send and why, in one line."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def story_not_found(story_id: str) -> Problem:
    """The 404 of a story id (or id prefix) the store does not know."""
    return Problem(
        404, f"No story has the id or unique id prefix {story_id!r}. See the list at /stories."
    )


def article_not_found(article_id: str) -> Problem:
    """The 404 of an article id (or id prefix) the store does not know."""
    return Problem(404, f"No article has the id or unique id prefix {article_id!r}.")


def story_not_reconciled(story_id: str) -> Problem:
    """The 503 of a story whose reconciliation is still missing (an ingest is unfinished)."""
    return Problem(
        503,
        f"Story {story_id!r} has not been reconciled yet: an ingest into this store has not "
        "finished. Try again when it has.",
    )


def store_unreadable() -> Problem:
    """The 500 of a store that fails while being read; the details go to the server log."""
    return Problem(500, "The store could not be read; the server log says why.")
