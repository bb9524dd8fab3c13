"""Helpers for the PDF tests: export a project, read its text back with poppler's tools."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from evaleditor.storage.projectfile import load_project

EXAMPLE = Path(__file__).resolve().parents[3] / "resources" / "examples" / "hiratsuka-policy4-r2.evproj"


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """pytest-qt's QApplication exists before any export creates a Qt application of its own."""
    return qapp


@pytest.fixture
def sample_project():
    return load_project(EXAMPLE)


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (poppler-utils)")
    return path


def run_tool(tool: str, *args: str | Path) -> str:
    result = subprocess.run([poppler(tool), *map(str, args)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr, result.stderr  # poppler reports a damaged file on stderr
    return result.stdout


def page_texts(pdf: Path) -> list[str]:
    """The text of each page in drawing order (``pdftotext -raw``), one string per page."""
    text = run_tool("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-")
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squeeze(text: str) -> str:
    """Text without white space: a cell's text wraps onto several lines in the PDF."""
    return re.sub(r"\s+", "", text)


def page_count(pdf: Path) -> int:
    info = run_tool("pdfinfo", pdf)
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def words(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, text) of every word, from ``pdftotext -bbox``."""
    html = run_tool("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-")
    found = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                             page):
            found.append((number, *map(float, m.groups()[:4]), m.group(5)))
    return found
