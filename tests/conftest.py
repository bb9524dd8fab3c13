"""Shared fixtures. Qt runs offscreen: tests never need a display."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from tests import factories  # noqa: E402

# Fuzzing (docs/fuzzing.md): "ci" keeps the suite fast; EVALEDITOR_FUZZ=thorough runs thousands per test.
_FUZZ = dict(deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("ci", max_examples=300, **_FUZZ)
settings.register_profile("thorough", max_examples=5000, **_FUZZ)
settings.load_profile(os.environ.get("EVALEDITOR_FUZZ", "ci"))
if os.environ.get("EVALEDITOR_FUZZ_EXAMPLES"):  # e.g. 50000 for a night's run
    settings.register_profile("custom", parent=settings.get_profile(os.environ.get("EVALEDITOR_FUZZ", "ci")),
                              max_examples=int(os.environ["EVALEDITOR_FUZZ_EXAMPLES"]))
    settings.load_profile("custom")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs and other user files of the app go to a temporary folder, never the real home."""
    monkeypatch.setenv("EVALEDITOR_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
    monkeypatch.setenv("EVALEDITOR_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def sample_json() -> Path:
    return DATA / "hiratsuka-policy4-r2.json"


@pytest.fixture
def sample_xlsx() -> Path:
    return DATA / "hiratsuka-policy4-r2.xlsx"


@pytest.fixture
def three_year_project():
    return factories.project(year_labels=["4年度", "5年度", "6年度"], sheets=2)


@pytest.fixture
def six_year_project():
    return factories.project(year_labels=["元年度", "2年度", "3年度", "4年度", "5年度", "6年度"], sheets=3)
