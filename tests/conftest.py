"""Fixtures shared by every test: the bundled sample dumps and fresh libraries.

No Qt here: the core tests must run (and prove the core runs) without it; UI fixtures live in
tests/ui/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.importer import FileStatus, import_paths
from desktop.core.store import open_library

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "resources" / "samples"


def pytest_configure(config: pytest.Config) -> None:
    # Runs by default (it guards the promise that a crash never corrupts the library);
    # `-m "not kill"` skips its few seconds.
    config.addinivalue_line("markers", "kill: SIGKILLs a real import subprocess at several points (a few seconds)")
    # Not run by default (pyproject's addopts deselect it); `-m soak` runs it.
    config.addinivalue_line("markers", "soak: many more seeds of a randomised test (minutes)")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The two real dumps that ship with the app (10 articles, 18 versions, 20 occurrences)."""
    assert sorted(p.name for p in SAMPLES_DIR.glob("*.txt")) == ["000_66d76ea5e4359d44.txt", "003_0a64412bddf1bae1.txt"]
    return SAMPLES_DIR


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite"


@pytest.fixture
def library(library_path: Path) -> Iterator[Database]:
    """A brand-new, empty library."""
    db = open_library(library_path)
    yield db
    db.close()


@pytest.fixture
def sample_library(library: Database, samples_dir: Path) -> Database:
    """A library holding both sample dumps."""
    report = import_paths(library, [samples_dir])
    assert [f.status for f in report.files] == [FileStatus.IMPORTED, FileStatus.IMPORTED]
    return library
