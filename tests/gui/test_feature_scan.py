"""PySide6's import hook gets its answer for evaleditor's and the standard library's modules without
reading their source; installed packages are still read, and the answers are what reading would give."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evaleditor.gui import feature_scan

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("name", "file", "answer"), [
    ("evaleditor.gui.mainwindow", "/x/evaleditor/gui/mainwindow.py", True),
    ("evaleditor.gui", "/x/evaleditor/gui/__init__.py", True),
    ("evaleditor.model.sheet", "/x/evaleditor/model/sheet.py", False),
    ("evaleditor", "/x/evaleditor/__init__.py", False),
    ("evaleditorx", "/x/evaleditorx.py", None),
    ("json", json.__file__, False),
    ("os", os.__file__, False),
    ("sys", None, False),
    ("pytest", pytest.__file__, None),  # an installed package: PySide6 reads it
])
def test_known_answers(name, file, answer):
    assert feature_scan.uses_pyside(name, file) is answer


def test_only_installed_packages_are_still_read_and_the_answers_match_reading():
    code = (
        "import inspect, json, sys\n"
        "import evaleditor.gui\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "read = []\n"
        "real_getsource = inspect.getsource\n"
        "def spy(module):\n"
        "    read.append(module.__name__)\n"
        "    return real_getsource(module)\n"
        "inspect.getsource = spy\n"
        "from evaleditor.gui import mainwindow\n"
        "from evaleditor.storage import session\n"
        "from concurrent import futures\n"
        "import platformdirs\n"
        "inspect.getsource = real_getsource\n"
        "def by_reading(module):\n"
        "    try:\n"
        "        return 0 if 'PySide6' in real_getsource(module) else -1\n"
        "    except (OSError, TypeError):\n"
        "        return -1\n"
        "answers = {name: [given, by_reading(sys.modules[name])] for name, given in feature.pyside_feature_dict.items()\n"
        "           if name in sys.modules}\n"
        "print(json.dumps({'read': read, 'answers': answers, 'installed': feature._mod_uses_pyside.evaleditor_known}))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["installed"] is True
    answers = report["answers"]
    assert {"evaleditor.gui.safety", "evaleditor.storage.session", "concurrent", "platformdirs"} <= answers.keys()
    assert answers["evaleditor.gui.safety"][0] == 0 and answers["concurrent"][0] == -1
    differ = {name: pair for name, pair in answers.items() if pair[0] != pair[1]}
    # a GUI module without the word (pure helpers) is given 0, "no feature", instead of -1, "ignore": alike
    assert all(name.startswith("evaleditor.gui.") and pair == [0, -1] for name, pair in differ.items()), differ
    assert not [name for name in report["read"] if name.startswith("evaleditor") or name == "concurrent"]
    assert "platformdirs" in report["read"]  # an installed package is read as before


def test_without_pysides_hook_nothing_is_changed(monkeypatch):
    monkeypatch.delitem(sys.modules, "shibokensupport.feature", raising=False)
    assert feature_scan.skip_own_modules() is False
