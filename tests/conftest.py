"""Fixtures shared across the test suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.actors import ActorBase
from newsevents.nlp import load_model

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's shared data directory (NEWSEVENTS_SHARED, else `../shared` beside the repo).

    Skips the test when it is absent: users' clones do not have it, and the core
    suite must pass on the project's own fixtures alone.
    """
    configured = os.environ.get("NEWSEVENTS_SHARED")
    path = Path(configured) if configured else REPO_ROOT.parent / "shared"
    if not path.is_dir():
        pytest.skip(
            f"shared data directory {path} not found; set NEWSEVENTS_SHARED to run tests against it"
        )
    return path


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The pipeline newsevents codes with (the model plus its line-break component), loaded once."""
    return load_model()


@pytest.fixture(scope="session")
def base() -> ActorBase:
    return ActorBase.default()
