"""``evaleditor export PROJECT -o OUT.pdf`` as a batch script runs it: a real process, no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gui.pdf.conftest import EXAMPLE, page_count, page_texts

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_cli_exports_pdf_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "施策4.pdf"
    result = subprocess.run([sys.executable, "-m", "evaleditor", "export", str(EXAMPLE), "-o", str(out)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no Qt warnings about the missing display
    assert 1 <= page_count(out) <= 4
    assert "産業の活性化を促進する" in page_texts(out)[0]


def test_cli_reports_an_unwritable_pdf_target_in_one_line(tmp_path):
    out = tmp_path / "missing-folder" / "out.pdf"
    result = subprocess.run([sys.executable, "-m", "evaleditor", "export", str(EXAMPLE), "-o", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not out.exists()
