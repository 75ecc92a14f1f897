"""Settings shared by every test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def _models_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Converted sentence-embedding models go to a folder of the test session.

    So the tests neither read a conversion left in the user's cache nor write one there;
    the first test that needs the model converts it once (engine workers inherit it).
    """
    before = os.environ.get("CORROBORA_MODELS_DIR")
    os.environ["CORROBORA_MODELS_DIR"] = str(tmp_path_factory.mktemp("models"))
    yield
    if before is None:
        os.environ.pop("CORROBORA_MODELS_DIR", None)
    else:
        os.environ["CORROBORA_MODELS_DIR"] = before
